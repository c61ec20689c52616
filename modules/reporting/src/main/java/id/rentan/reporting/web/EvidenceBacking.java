package id.rentan.reporting.web;

import id.rentan.funding.api.FundingEvidence;
import id.rentan.reporting.application.EvidencePackService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * The auditor's evidence pack screen: choose a fiscal year and a funding source (those with an allocation or an
 * invoice), download the ZIP. The year and source may come from the disbursement history's filters
 * ({@code ?year=2026&source=APBD}).
 */
@Named
@ViewScoped
public class EvidenceBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EvidencePackService packs;

    private List<FundingEvidence.Period> periods;
    private Integer year;
    private String source;

    @PostConstruct
    void init() {
        periods = List.copyOf(packs.periods());
        if (!periods.isEmpty()) {
            year = periods.get(0).year();
            source = getSources().get(0).sourceCode();
        }
    }

    /** A year chosen: keeps the source when that year has it, else takes the year's first. */
    public void yearChanged() {
        List<FundingEvidence.Period> sources = getSources();
        if (!sources.isEmpty() && sources.stream().noneMatch(p -> p.sourceCode().equals(source))) {
            source = sources.get(0).sourceCode();
        }
    }

    /** The pack of the chosen year and source, written straight to the response (checked before it starts). */
    public StreamedContent getPack() {
        FundingEvidence.Period period = packs.check(year, source);
        int y = period.year();
        String s = period.sourceCode();
        return DefaultStreamedContent.builder()
                .name(EvidencePackService.fileName(period))
                .contentType("application/zip")
                .writer(out -> {
                    try {
                        packs.write(y, s, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    /** The years with something to pack, newest first. */
    public List<Integer> getYears() {
        return periods.stream().map(FundingEvidence.Period::year).distinct().toList();
    }

    /** The sources of the chosen year. */
    public List<FundingEvidence.Period> getSources() {
        return periods.stream().filter(p -> year == null || p.year() == year).toList();
    }

    /** Whether no year and source has an allocation or an invoice yet. */
    public boolean isNothingToPack() {
        return periods.isEmpty();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getSource() { return source; }
    public void setSource(String source) {
        this.source = source == null || source.isBlank() ? null : source.strip().toUpperCase(Locale.ROOT);
    }
}
