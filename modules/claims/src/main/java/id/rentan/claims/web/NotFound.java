package id.rentan.claims.web;

import jakarta.faces.FacesException;
import jakarta.faces.context.FacesContext;

import java.io.IOException;

/** Answers the current page request with 404 and the application's not-found page. */
final class NotFound {

    private NotFound() {
    }

    static void send() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new FacesException(e);
        }
        faces.responseComplete();
    }
}
