package id.rentan.funding.infrastructure;

import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.Invoice;
import id.rentan.funding.domain.LedgerEntryType;
import id.rentan.funding.domain.Payment;
import id.rentan.platform.api.time.BusinessClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;

/**
 * Demo data only: a paid demo invoice, as the demo treasurers would have paid it (keuangan records the SPP/SPM/SP2D,
 * keuangan2 approves and records BPJS's receipt), with its two ledger entries. Written through the domain objects,
 * because the application services rightly take the user from the request and there is none at start-up.
 */
@ApplicationScoped
public class DemoPayments {

    @Inject
    FundingRepository repository;

    @Inject
    BusinessClock clock;

    @Transactional
    public void pay(long invoiceId, YearMonth month, String source) {
        LocalDateTime now = clock.now();
        Invoice invoice = repository.lockInvoice(invoiceId);
        String no = month.getYear() + "/" + String.format("%02d", month.getMonthValue()) + "/" + source;
        LocalDate sp2d = month.atEndOfMonth().plusDays(14);
        Payment payment = repository.add(new Payment(invoice, new Payment.Documents("SPP/" + no, sp2d.minusDays(7),
                "SPM/" + no, sp2d.minusDays(3), "SP2D/" + no, sp2d, invoice.total()), "keuangan", now));
        payment.approve("keuangan2", now);
        ledger(LedgerEntryType.PAYMENT_APPROVED, invoice, payment, payment.spmNumber(), "Pembayaran tagihan " + month
                + " " + source + " (SP2D " + payment.sp2dNumber() + ") disetujui; dicatat oleh keuangan", now);
        payment.receipt("BPJS/KW/" + no, now);
        ledger(LedgerEntryType.RECEIPT, invoice, payment, payment.receiptNumber(), "Tanda terima BPJS "
                + payment.receiptNumber() + " untuk tagihan " + month + " " + source, now);
        invoice.paid(now);
    }

    private void ledger(LedgerEntryType type, Invoice invoice, Payment payment, String reference, String description,
                        LocalDateTime now) {
        repository.append(new FundingRepository.LedgerDraft(type, invoice.fiscalYear(), invoice.month(),
                invoice.sourceCode(), invoice.id(), payment.id(), payment.amount(), payment.sp2dNumber(), reference,
                description), "keuangan2", now);
    }
}
