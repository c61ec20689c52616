package id.rentan.platform.api.money;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RupiahTest {

    private static final Locale ID = Locale.forLanguageTag("id-ID");
    private static final Locale EN = Locale.ENGLISH;

    @Nested
    class Creation {

        @Test
        void zero_is_zero() {
            assertEquals(0, Rupiah.ZERO.amount());
            assertTrue(Rupiah.ZERO.isZero());
            assertSame(Rupiah.ZERO, Rupiah.of(0));
        }

        @Test
        void of_long_keeps_the_amount() {
            assertEquals(16_800, Rupiah.of(16_800).amount());
            assertEquals(-16_800, Rupiah.of(-16_800).amount());
            assertEquals(Long.MAX_VALUE, Rupiah.of(Long.MAX_VALUE).amount());
        }

        @Test
        void of_bigdecimal_accepts_whole_numbers_with_or_without_zero_fraction() {
            assertEquals(Rupiah.of(16_800), Rupiah.of(new BigDecimal("16800")));
            assertEquals(Rupiah.of(16_800), Rupiah.of(new BigDecimal("16800.00")));
            assertEquals(Rupiah.of(16_800), Rupiah.of(new BigDecimal("1.68E+4")));
            assertEquals(Rupiah.of(-5), Rupiah.of(new BigDecimal("-5.0")));
        }

        @ParameterizedTest
        @ValueSource(strings = {"16800.5", "0.01", "-1.5", "16800.001"})
        void of_bigdecimal_refuses_a_fraction_of_a_rupiah(String amount) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Rupiah.of(new BigDecimal(amount)));
            assertTrue(e.getMessage().contains("whole"), e.getMessage());
        }

        @Test
        void of_bigdecimal_too_large_for_a_long_overflows() {
            assertThrows(ArithmeticException.class, () -> Rupiah.of(new BigDecimal("9223372036854775808")));
        }

        @Test
        void to_bigdecimal_has_scale_zero() {
            assertEquals(new BigDecimal("16800"), Rupiah.of(16_800).toBigDecimal());
            assertEquals(0, Rupiah.of(16_800).toBigDecimal().scale());
        }
    }

    @Nested
    class Parse {

        @ParameterizedTest(name = "\"{0}\" -> {1}")
        @CsvSource(delimiter = '|', value = {
                "16800|16800",
                "16.800|16800",
                "Rp 16.800|16800",
                "Rp16.800|16800",
                "rp 16.800|16800",
                "RP16800|16800",
                "Rp. 16.800|16800",
                "Rp.16.800|16800",
                "Rp 16.800,00|16800",
                "Rp 16.800,0|16800",
                "'Rp 16.800,-'|16800",
                "16800,00|16800",
                "'   Rp 16.800   '|16800",
                "-Rp 16.800|-16800",
                "- Rp 16.800|-16800",
                "Rp -16.800|-16800",
                "-16.800|-16800",
                "-16800|-16800",
                "0|0",
                "-0|0",
                "Rp 0|0",
                "1.000.000|1000000",
                "Rp 907.200.000|907200000",
                "016800|16800",
                "9.223.372.036.854.775.807|9223372036854775807",
        })
        void accepts_the_ways_amounts_are_written(String text, long expected) {
            assertEquals(expected, Rupiah.parse(text).amount());
        }

        @Test
        void accepts_non_breaking_spaces_as_produced_by_number_formatters() {
            assertEquals(Rupiah.of(16_800), Rupiah.parse("\u00A0Rp\u00A016.800\u00A0"));
            assertEquals(Rupiah.of(16_800), Rupiah.parse("\tRp 16.800\n"));
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"   ", "Rp", "Rp ", "-", "-Rp"})
        void refuses_missing_amounts(String text) {
            assertThrows(IllegalArgumentException.class, () -> Rupiah.parse(text));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "abc", "Rp abc", "16800Rp", "Rp 16.800 IDR", "IDR 16800", "$16800", "+16800",
                "--16800", "-Rp -16.800", "16 800", "16800-", "1e5", "16_800", "Rp 16.800,--", "Rp 16.800,"})
        void refuses_garbage(String text) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rupiah.parse(text));
            assertTrue(e.getMessage().contains(text), "message should quote the input: " + e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"16.80", "1.6800", "168.00", ".800", "16.", "1.000.00", "1..000", "16.800.0"})
        void refuses_dots_that_do_not_group_three_digits(String text) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rupiah.parse(text));
            assertTrue(e.getMessage().contains("groups of three"), e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"Rp 16.800,50", "16800,5", "16.800,01", "Rp 0,10", "-Rp 1,99"})
        void refuses_a_non_zero_decimal_part(String text) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rupiah.parse(text));
            assertTrue(e.getMessage().contains("decimal part"), e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(strings = {"16,800", "Rp 1,000", "1,000,000", "16.800,000"})
        void refuses_english_thousands_separators_as_ambiguous(String text) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rupiah.parse(text));
            assertTrue(e.getMessage().contains("dot for thousands") || e.getMessage().contains("groups of three"),
                    e.getMessage());
        }

        @Test
        void refuses_amounts_beyond_a_long_with_illegal_argument() {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Rupiah.parse("9.223.372.036.854.775.808"));
            assertTrue(e.getMessage().contains("too large"), e.getMessage());
        }

        @ParameterizedTest
        @ValueSource(longs = {0, 1, 999, 1_000, 16_800, -16_800, 201_600, 907_200_000, Long.MAX_VALUE, Long.MIN_VALUE})
        void parses_back_what_it_formats_in_indonesian(long amount) {
            Rupiah r = Rupiah.of(amount);
            assertEquals(r, Rupiah.parse(r.format(ID)));
            assertEquals(r, Rupiah.parse(r.toString()));
        }
    }

    @Nested
    class Arithmetic {

        @Test
        void c02_default_premium_is_1_percent_of_income_plus_jkm() {
            Rupiah income = Rupiah.of(1_000_000);
            Rupiah jkk = income.percent(BigDecimal.ONE);
            Rupiah jkm = Rupiah.of(6_800);
            assertEquals(Rupiah.of(10_000), jkk);
            assertEquals(Rupiah.of(16_800), jkk.plus(jkm));
            assertEquals(Rupiah.of(201_600), jkk.plus(jkm).times(12));
        }

        @Test
        void budget_example_4500_workers_times_16800_times_12_months() {
            assertEquals(Rupiah.of(907_200_000), Rupiah.of(16_800).times(4_500).times(12));
        }

        @Test
        void plus_minus_negate() {
            assertEquals(Rupiah.of(23_600), Rupiah.of(16_800).plus(Rupiah.of(6_800)));
            assertEquals(Rupiah.of(10_000), Rupiah.of(16_800).minus(Rupiah.of(6_800)));
            assertEquals(Rupiah.of(-10_000), Rupiah.of(6_800).minus(Rupiah.of(16_800)));
            assertEquals(Rupiah.of(-16_800), Rupiah.of(16_800).negate());
            assertEquals(Rupiah.of(16_800), Rupiah.of(-16_800).negate());
            assertSame(Rupiah.ZERO, Rupiah.of(5).minus(Rupiah.of(5)));
        }

        @ParameterizedTest(name = "{1}% of {0} = {2}")
        @CsvSource({
                "1000000, 1, 10000",
                "1000000, 1.5, 15000",
                "1000000, 0.24, 2400",
                "50, 1, 1",       // 0.5 rounds up
                "49, 1, 0",       // 0.49 rounds down
                "150, 1, 2",      // 1.5 rounds up (HALF_UP, not HALF_EVEN)
                "250, 1, 3",      // 2.5 rounds up (HALF_EVEN would give 2)
                "-50, 1, -1",     // half away from zero
                "-49, 1, 0",
                "1000001, 0.5, 5000",
                "16800, 100, 16800",
                "16800, 0, 0",
                "16800, 50, 8400",
        })
        void percent_rounds_half_up_to_whole_rupiah(long amount, String percent, long expected) {
            assertEquals(Rupiah.of(expected), Rupiah.of(amount).percent(new BigDecimal(percent)));
        }

        @ParameterizedTest(name = "{0} x {1} = {2}")
        @CsvSource({
                "3, 0.5, 2",
                "5, 0.5, 3",
                "100, 0.333, 33",
                "100, 0.335, 34",
                "16800, 12, 201600",
                "-3, 0.5, -2",
                "16800, 0, 0",
        })
        void times_bigdecimal_rounds_half_up(long amount, String factor, long expected) {
            assertEquals(Rupiah.of(expected), Rupiah.of(amount).times(new BigDecimal(factor)));
        }

        @Test
        void times_long() {
            assertEquals(Rupiah.of(201_600), Rupiah.of(16_800).times(12));
            assertEquals(Rupiah.of(-16_800), Rupiah.of(16_800).times(-1));
            assertEquals(Rupiah.ZERO, Rupiah.of(16_800).times(0));
        }

        @Test
        void signs() {
            assertTrue(Rupiah.of(1).isPositive());
            assertFalse(Rupiah.of(1).isNegative());
            assertFalse(Rupiah.of(1).isZero());
            assertTrue(Rupiah.of(-1).isNegative());
            assertFalse(Rupiah.of(-1).isPositive());
            assertFalse(Rupiah.ZERO.isPositive());
            assertFalse(Rupiah.ZERO.isNegative());
        }

        @Test
        void min_max_and_ordering() {
            Rupiah small = Rupiah.of(6_800);
            Rupiah large = Rupiah.of(16_800);
            assertEquals(small, small.min(large));
            assertEquals(small, large.min(small));
            assertEquals(large, small.max(large));
            assertEquals(large, large.max(small));
            assertTrue(small.compareTo(large) < 0);
            assertTrue(large.compareTo(small) > 0);
            assertEquals(0, large.compareTo(Rupiah.of(16_800)));

            List<Rupiah> list = new ArrayList<>(List.of(large, Rupiah.of(-1), small, Rupiah.ZERO));
            Collections.sort(list);
            assertEquals(List.of(Rupiah.of(-1), Rupiah.ZERO, small, large), list);
        }

        @Test
        void sum_of_a_collection() {
            assertEquals(Rupiah.ZERO, Rupiah.sum(List.of()));
            assertEquals(Rupiah.of(16_800), Rupiah.sum(List.of(Rupiah.of(10_000), Rupiah.of(6_800))));
            assertEquals(Rupiah.of(-1), Rupiah.sum(List.of(Rupiah.of(5), Rupiah.of(-6))));
        }

        @Test
        void summing_collector_sequential_and_parallel() {
            assertEquals(Rupiah.ZERO, Stream.<Rupiah>empty().collect(Rupiah.summing()));
            assertEquals(Rupiah.of(201_600),
                    Stream.generate(() -> Rupiah.of(16_800)).limit(12).collect(Rupiah.summing()));
            Rupiah parallel = LongStream.rangeClosed(1, 10_000).parallel().mapToObj(Rupiah::of)
                    .collect(Rupiah.summing());
            assertEquals(Rupiah.of(50_005_000), parallel);
        }
    }

    @Nested
    @DisplayName("overflow throws ArithmeticException")
    class Overflow {

        private final Rupiah max = Rupiah.of(Long.MAX_VALUE);
        private final Rupiah min = Rupiah.of(Long.MIN_VALUE);

        @Test
        void plus_overflows() {
            assertThrows(ArithmeticException.class, () -> max.plus(Rupiah.of(1)));
        }

        @Test
        void minus_overflows() {
            assertThrows(ArithmeticException.class, () -> min.minus(Rupiah.of(1)));
        }

        @Test
        void times_long_overflows() {
            assertThrows(ArithmeticException.class, () -> max.times(2));
        }

        @Test
        void times_bigdecimal_overflows() {
            assertThrows(ArithmeticException.class, () -> max.times(new BigDecimal("1.5")));
        }

        @Test
        void percent_overflows() {
            assertThrows(ArithmeticException.class, () -> max.percent(new BigDecimal("200")));
        }

        @Test
        void negate_of_min_overflows() {
            assertThrows(ArithmeticException.class, min::negate);
        }

        @Test
        void sum_overflows() {
            assertThrows(ArithmeticException.class, () -> Rupiah.sum(List.of(max, Rupiah.of(1))));
        }

        @Test
        void summing_overflows() {
            assertThrows(ArithmeticException.class, () -> Stream.of(max, max).collect(Rupiah.summing()));
        }
    }

    @Nested
    class Format {

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "0|Rp 0",
                "1|Rp 1",
                "100|Rp 100",
                "999|Rp 999",
                "1000|Rp 1.000",
                "16800|Rp 16.800",
                "-16800|-Rp 16.800",
                "201600|Rp 201.600",
                "1000000|Rp 1.000.000",
                "907200000|Rp 907.200.000",
                "10900000000|Rp 10.900.000.000",
                "-9223372036854775808|-Rp 9.223.372.036.854.775.808",
        })
        void indonesian(long amount, String expected) {
            assertEquals(expected, Rupiah.of(amount).format(ID));
            assertEquals(expected, Rupiah.of(amount).format(Locale.forLanguageTag("id")));
        }

        @ParameterizedTest(name = "{0} -> {1}")
        @CsvSource(delimiter = '|', value = {
                "0|Rp 0",
                "16800|Rp 16,800",
                "-16800|-Rp 16,800",
                "1000000|Rp 1,000,000",
                "907200000|Rp 907,200,000",
        })
        void english(long amount, String expected) {
            assertEquals(expected, Rupiah.of(amount).format(EN));
            assertEquals(expected, Rupiah.of(amount).format(Locale.US));
        }

        @Test
        void to_string_is_indonesian_whatever_the_default_locale() {
            Locale before = Locale.getDefault();
            try {
                Locale.setDefault(Locale.US);
                assertEquals("Rp 16.800", Rupiah.of(16_800).toString());
                assertEquals("-Rp 1.000", Rupiah.of(-1_000).toString());
            } finally {
                Locale.setDefault(before);
            }
        }
    }

    @Nested
    class ValueSemantics {

        @Test
        void equality_on_the_amount() {
            assertEquals(Rupiah.of(16_800), Rupiah.parse("Rp 16.800"));
            assertEquals(Rupiah.of(16_800).hashCode(), Rupiah.parse("Rp 16.800").hashCode());
            assertNotEquals(Rupiah.of(16_800), Rupiah.of(16_801));
            assertNotEquals(Rupiah.of(16_800), Long.valueOf(16_800));
            assertNotEquals(null, Rupiah.of(16_800));
        }

        @Test
        void survives_serialization() throws Exception {
            Rupiah original = Rupiah.of(16_800);
            assertEquals(original, roundTrip(original));
            assertSame(Rupiah.ZERO, roundTrip(Rupiah.ZERO));
        }

        private Object roundTrip(Object o) throws Exception {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(o);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                return in.readObject();
            }
        }
    }
}
