package id.rentan.funding.web;

import id.rentan.platform.api.module.MenuEntry;
import id.rentan.platform.api.module.ModuleDescriptor;
import id.rentan.platform.api.module.PageAccess;
import id.rentan.platform.api.security.Role;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * The funding module as the platform sees it: schema and migrations {@code funding}, texts {@code i18n.funding}, and
 * which roles may open each of its pages under {@code /funding/}. Every page is listed on its own: a page added
 * without a rule here is refused to everybody.
 */
@ApplicationScoped
public class FundingModule implements ModuleDescriptor {

    @Override
    public String name() {
        return "funding";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<PageAccess> pages() {
        return List.of(
                // the budget overview (F-07): whoever plans, verifies against or checks the budget
                PageAccess.of("/funding/index.xhtml", Role.ADMIN, Role.FINANCE, Role.AUDITOR, Role.VERIFIER),
                // allocations and their versions, funding sources; only ADMIN changes them (the services say so)
                PageAccess.of("/funding/allocations.xhtml", Role.ADMIN, Role.FINANCE, Role.AUDITOR),
                // invoices and their frozen lines: BPJS is billed by them and may read them
                PageAccess.of("/funding/invoices.xhtml", Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR),
                PageAccess.of("/funding/invoice.xhtml", Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR),
                // payments: FINANCE records and approves, BPJS gives its receipt number, the auditor reads
                PageAccess.of("/funding/payments.xhtml", Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER, Role.AUDITOR),
                // the disbursement history (F-06)
                PageAccess.of("/funding/ledger.xhtml", Role.ADMIN, Role.AUDITOR, Role.FINANCE),
                // BPJS's bill reconciled against an invoice (F-04): BPJS and FINANCE upload, the auditor reads
                PageAccess.of("/funding/reconciliation.xhtml", Role.ADMIN, Role.FINANCE, Role.BPJS_OFFICER,
                        Role.AUDITOR),
                // participants at risk; only ADMIN runs the check (the service says so)
                PageAccess.of("/funding/arrears.xhtml", Role.ADMIN, Role.FINANCE, Role.AUDITOR));
    }

    @Override
    public List<MenuEntry> menu() {
        return List.of(
                new MenuEntry("menu-funding", "menu.group.funding", "menu.funding.overview", "pi pi-wallet",
                        "/funding/index.xhtml", 20),
                new MenuEntry("menu-funding-allocations", "menu.group.funding", "menu.funding.allocations",
                        "pi pi-sitemap", "/funding/allocations.xhtml", 21),
                new MenuEntry("menu-funding-invoices", "menu.group.funding", "menu.funding.invoices",
                        "pi pi-file", "/funding/invoices.xhtml", 22),
                new MenuEntry("menu-funding-payments", "menu.group.funding", "menu.funding.payments",
                        "pi pi-money-bill", "/funding/payments.xhtml", 23),
                new MenuEntry("menu-funding-ledger", "menu.group.funding", "menu.funding.ledger", "pi pi-book",
                        "/funding/ledger.xhtml", 24),
                new MenuEntry("menu-funding-arrears", "menu.group.funding", "menu.funding.arrears",
                        "pi pi-exclamation-triangle", "/funding/arrears.xhtml", 25));
    }
}
