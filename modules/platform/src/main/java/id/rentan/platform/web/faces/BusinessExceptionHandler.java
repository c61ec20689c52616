package id.rentan.platform.web.faces;

import id.rentan.platform.api.error.BusinessException;
import id.rentan.platform.api.ui.Messages;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;

import java.util.Iterator;
import java.util.Optional;

/**
 * The UI's one path for business failures: a {@link BusinessException} thrown by a service during an action (the
 * service's transaction has already rolled back) becomes messages on the same page, in the user's language, and
 * the page is shown again with the user's input intact. Everything else goes on to OmniFaces'
 * FullAjaxExceptionHandler and the error pages (404/403/500, expired view), which never show a stack trace.
 */
public class BusinessExceptionHandler extends ExceptionHandlerWrapper {

    public BusinessExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            Optional<BusinessException> business = businessCause(thrown);
            if (business.isPresent() && faces != null && !faces.getResponseComplete()) {
                CDI.current().select(Messages.class).get().show(business.get());
                events.remove();
                faces.validationFailed(); // lets dialogs stay open: oncomplete="if (!args.validationFailed) ..."
                faces.renderResponse();
            }
        }
        getWrapped().handle();
    }

    static Optional<BusinessException> businessCause(Throwable thrown) {
        Throwable t = thrown;
        int depth = 0;
        while (t != null && depth++ < 20) {
            if (t instanceof BusinessException b) {
                return Optional.of(b);
            }
            t = t instanceof FacesException f && f.getCause() == null ? null : t.getCause();
        }
        return Optional.empty();
    }
}
