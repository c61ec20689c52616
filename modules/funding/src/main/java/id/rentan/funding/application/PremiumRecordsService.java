package id.rentan.funding.application;

import id.rentan.funding.api.MonthPremium;
import id.rentan.funding.api.PremiumRecords;
import id.rentan.funding.api.PremiumState;
import id.rentan.funding.domain.FundingRepository;
import id.rentan.funding.domain.InvoiceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.YearMonth;

/** {@link PremiumRecords} for the claims module: a month is paid when the invoice billing it is paid (CL-01). */
@ApplicationScoped
public class PremiumRecordsService implements PremiumRecords {

    @Inject
    FundingRepository repository;

    @Override
    @Transactional(Transactional.TxType.SUPPORTS)
    public MonthPremium premium(long participantId, YearMonth month) {
        return repository.billedMonth(participantId, month)
                .map(b -> new MonthPremium(participantId, month, b.invoiceStatus() == InvoiceStatus.PAID
                        ? PremiumState.PAID : PremiumState.INVOICED_UNPAID, b.invoiceId(), b.sourceCode()))
                .orElseGet(() -> repository.committedSource(participantId, month)
                        .map(s -> new MonthPremium(participantId, month, PremiumState.NOT_INVOICED, null, s))
                        .orElseGet(() -> new MonthPremium(participantId, month, PremiumState.NOT_COMMITTED, null,
                                null)));
    }
}
