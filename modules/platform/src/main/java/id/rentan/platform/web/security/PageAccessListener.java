package id.rentan.platform.web.security;

import id.rentan.platform.api.security.CallerContext;
import id.rentan.platform.application.security.AccountService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.FacesException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Enforces {@link PageAccessPolicy} on every Faces view: after the view is restored (so no action of a forbidden
 * view ever runs) and again before rendering (so navigating to a forbidden view shows nothing). A logged-in user
 * who may not open a page gets 403; a page no rule covers is 404 for everybody.
 */
public class PageAccessListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    /** Where a user whose password was chosen by an administrator must go first. */
    static final String PASSWORD_PAGE = "/account/password.xhtml";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.ANY_PHASE;
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RESTORE_VIEW) {
            check(event.getFacesContext());
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        if (event.getPhaseId() == PhaseId.RENDER_RESPONSE) {
            check(event.getFacesContext());
        }
    }

    private static void check(FacesContext faces) {
        UIViewRoot view = faces.getViewRoot();
        if (view == null || faces.getResponseComplete()) {
            return;
        }
        String viewId = view.getViewId();
        ExternalContext external = faces.getExternalContext();
        if (external.getRequestMap().get("jakarta.servlet.error.status_code") != null) {
            return; // rendering an error page for another failure
        }
        PageAccessPolicy policy = CDI.current().select(PageAccessPolicy.class).get();
        var caller = CDI.current().select(CallerContext.class).get().caller();
        if (policy.mayOpen(viewId, caller.roles())) {
            if (caller.isAuthenticated() && !PASSWORD_PAGE.equals(viewId) && !policy.isPublic(viewId)
                    && CDI.current().select(AccountService.class).get().mustChangePassword(caller.username())) {
                try {
                    external.redirect(external.getRequestContextPath() + PASSWORD_PAGE);
                } catch (IOException e) {
                    throw new FacesException(e);
                }
                faces.responseComplete();
            }
            return;
        }
        int status = policy.isDeclared(viewId) && caller.isAuthenticated()
                ? HttpServletResponse.SC_FORBIDDEN : HttpServletResponse.SC_NOT_FOUND;
        try {
            external.responseSendError(status, null);
        } catch (IOException e) {
            throw new FacesException(e);
        }
        faces.responseComplete();
    }
}
