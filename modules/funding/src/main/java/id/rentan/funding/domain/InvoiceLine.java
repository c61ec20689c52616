package id.rentan.funding.domain;

import id.rentan.platform.api.money.Rupiah;

/**
 * One frozen line of an invoice: a participant billed for the month (PREMIUM), or a month paid after a death or exit
 * given back (CREDIT, negative, naming the period it refunds).
 *
 * @param id            line id
 * @param kind          {@code PREMIUM} or {@code CREDIT}
 * @param participantId participant
 * @param opdCode       proposing OPD
 * @param sectorCode    sector
 * @param nik           NIK
 * @param kpj           BPJS number
 * @param fullName      name
 * @param creditPeriod  for a credit: the month it refunds ({@code yyyyMM}), else {@code null}
 * @param amount        the premium (or the negative credit)
 */
public record InvoiceLine(long id, String kind, long participantId, String opdCode, String sectorCode, String nik,
                          String kpj, String fullName, Integer creditPeriod, Rupiah amount) {
}
