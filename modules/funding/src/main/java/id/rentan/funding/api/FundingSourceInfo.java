package id.rentan.funding.api;

import java.io.Serializable;

/**
 * A funding source as other modules see it.
 *
 * @param code     e.g. {@code APBD}, {@code DBHCHT}
 * @param name     its name
 * @param priority lower pays first
 * @param active   still used for new commitments
 */
public record FundingSourceInfo(String code, String name, int priority, boolean active) implements Serializable {
}
