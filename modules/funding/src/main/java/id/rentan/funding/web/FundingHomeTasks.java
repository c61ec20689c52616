package id.rentan.funding.web;

import id.rentan.funding.application.InvoiceService;
import id.rentan.funding.application.PaymentService;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.PaymentStatus;
import id.rentan.platform.api.module.HomeTask;
import id.rentan.platform.api.module.HomeTaskProvider;
import id.rentan.platform.api.paging.PageRequest;
import id.rentan.platform.api.security.Caller;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.List;

/**
 * What FINANCE (and the administrator) has to do with funding: invoices not paid yet (the list, and the oldest one
 * to open at once) and payments waiting for someone's approval.
 */
@ApplicationScoped
public class FundingHomeTasks implements HomeTaskProvider {

    /** How many unpaid invoices the home page looks at. */
    static final int DUE_SHOWN = 100;

    @Inject
    InvoiceService invoices;

    @Inject
    PaymentService payments;

    @Override
    public List<HomeTask> tasksFor(Caller caller) {
        if (!caller.hasAnyRole(Role.ADMIN, Role.FINANCE)) {
            return List.of();
        }
        List<HomeTask> tasks = new ArrayList<>();
        List<Invoice> due = invoices.due(DUE_SHOWN);
        tasks.add(new HomeTask("funding.ui.home.invoicesDue", due.size(), "/funding/invoices.xhtml?status=ISSUED",
                "pi pi-file", !due.isEmpty()));
        if (!due.isEmpty()) {
            tasks.add(new HomeTask("funding.ui.home.oldestDue", -1, "/funding/invoice.xhtml?id=" + due.get(0).id(),
                    "pi pi-exclamation-circle", false));
        }
        long waiting = payments.payments(PaymentStatus.RECORDED, PageRequest.of(0, 1)).total();
        tasks.add(new HomeTask("funding.ui.home.paymentsToApprove", waiting, "/funding/payments.xhtml",
                "pi pi-check-circle", waiting > 0));
        return tasks;
    }
}
