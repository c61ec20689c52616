package id.rentan.platform.application;

import jakarta.enterprise.context.RequestScoped;

/**
 * Facts about the HTTP client of the current request that the audit log keeps (its address). Filled in by the web
 * layer's request filter; empty outside HTTP requests.
 */
@RequestScoped
public class ClientInfo {

    private String address;

    public String address() {
        return address;
    }

    public void address(String clientAddress) {
        this.address = clientAddress;
    }
}
