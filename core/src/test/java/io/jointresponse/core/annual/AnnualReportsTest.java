package io.jointresponse.core.annual;

import static io.jointresponse.core.organisation.Prefecture.HOKKAIDO;
import static io.jointresponse.core.organisation.Prefecture.OSAKA;
import static io.jointresponse.core.organisation.Prefecture.TOKYO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.entry;

import io.jointresponse.core.agreement.AdditionBasis;
import io.jointresponse.core.agreement.AdditionReason;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.AgreementStatus;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.agreement.ExistingChannel;
import io.jointresponse.core.agreement.OutsourcingStatus;
import io.jointresponse.core.agreement.Partner;
import io.jointresponse.core.agreement.Sector;
import io.jointresponse.core.agreement.SecurityVendor;
import io.jointresponse.core.agreement.VendorKind;
import io.jointresponse.core.organisation.Prefecture;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AnnualReportsTest {

    // Tokyo, reported on for 2024 (previous year end 2023-12-31, as of 2024-12-31).
    private static final List<Agreement> TOKYO_AGREEMENTS = List.of(
            // T1: concluded before the year, still in force.
            agreement("T1", TOKYO, Sector.FINANCIAL_INSTITUTION).concludedOn(d(2019, 6, 1)).build(),
            // T2: concluded during the year; its vendor is not the practical counterpart.
            agreement("T2", TOKYO, partnerWithVendor(Sector.CRYPTO_ASSET_EXCHANGE, false))
                    .concludedOn(d(2024, 3, 15)).build(),
            // T3: concluded before, terminated during the year; its vendor is the counterpart, but it ended.
            agreement("T3", TOKYO, partnerWithVendor(Sector.DATA_CENTRE, true))
                    .status(AgreementStatus.TERMINATED).concludedOn(d(2020, 4, 1)).terminatedOn(d(2024, 9, 30)).build(),
            // T4: concluded and terminated in the same year.
            agreement("T4", TOKYO, Sector.ONLINE_SHOP)
                    .status(AgreementStatus.TERMINATED).concludedOn(d(2024, 2, 1)).terminatedOn(d(2024, 11, 30)).build(),
            // T5: terminated before the year.
            agreement("T5", TOKYO, Sector.FINANCIAL_INSTITUTION)
                    .status(AgreementStatus.TERMINATED).concludedOn(d(2018, 1, 10)).terminatedOn(d(2022, 5, 31)).build(),
            // T6: drafted only, no conclusion date.
            agreement("T6", TOKYO, Sector.OTHER).status(AgreementStatus.DRAFT).draftedOn(d(2023, 10, 1))
                    .additionBasis(AdditionBasis.of(AdditionReason.OTHER_NECESSITY, "重要インフラ事業者")).build(),
            // T7: concluded after the year.
            agreement("T7", TOKYO, Sector.ONLINE_SHOP).concludedOn(d(2025, 2, 1)).build(),
            // T8: an existing-channel arrangement, its channel established during the year: counted apart, by
            // its own date, never as an agreement.
            agreement("T8", TOKYO, Sector.OTHER).arrangement(ArrangementType.EXISTING_CHANNEL)
                    .existingChannel(ExistingChannel.of("公安部公安総務課", d(2024, 4, 1))).build(),
            // T9: concluded before, in force, its vendor is the practical counterpart.
            agreement("T9", TOKYO, partnerWithVendor(Sector.DATA_CENTRE, true)).concludedOn(d(2022, 8, 1)).build(),
            // T10: bad data, terminated (in 2023) before it was concluded (in 2024): counts as terminated on
            // its conclusion day, so as concluded and terminated in 2024 and never in force.
            agreement("T10", TOKYO, Sector.CRYPTO_ASSET_EXCHANGE)
                    .concludedOn(d(2024, 6, 1)).terminatedOn(d(2023, 11, 1)).build(),
            // T11: concluded on the last day of the year, which is the as-of day.
            agreement("T11", TOKYO, Sector.OTHER).concludedOn(d(2024, 12, 31))
                    .additionBasis(AdditionBasis.of(AdditionReason.SIGNIFICANT_INCIDENT, "電力事業者への攻撃")).build(),
            // T12: concluded on the last day of the previous year, terminated the day after the year.
            agreement("T12", TOKYO, Sector.ONLINE_SHOP).concludedOn(d(2023, 12, 31)).terminatedOn(d(2025, 1, 1)).build(),
            // T13: concluded before the year, still in force.
            agreement("T13", TOKYO, Sector.FINANCIAL_INSTITUTION).concludedOn(d(2021, 1, 1)).build(),
            // T14: terminated on the first day of the year.
            agreement("T14", TOKYO, Sector.FINANCIAL_INSTITUTION)
                    .status(AgreementStatus.TERMINATED).concludedOn(d(2017, 5, 1)).terminatedOn(d(2024, 1, 1)).build());

    private static final List<Agreement> OTHER_AGREEMENTS = List.of(
            agreement("O1", OSAKA, Sector.FINANCIAL_INSTITUTION).concludedOn(d(2020, 1, 1)).build(),
            agreement("O2", OSAKA, partnerWithVendor(Sector.CRYPTO_ASSET_EXCHANGE, true)).concludedOn(d(2024, 5, 5)).build(),
            agreement("H1", HOKKAIDO, Sector.DATA_CENTRE).concludedOn(d(2016, 1, 1)).terminatedOn(d(2024, 2, 2)).build(),
            agreement("H2", HOKKAIDO, Sector.OTHER).arrangement(ArrangementType.EXISTING_CHANNEL)
                    .existingChannel(ExistingChannel.of("警備部公安課", d(2015, 1, 1))).terminatedOn(d(2023, 3, 31)).build(),
            // H3: an existing channel in force since 2018; a conclusion date on it is not its start.
            agreement("H3", HOKKAIDO, Sector.DATA_CENTRE).arrangement(ArrangementType.EXISTING_CHANNEL)
                    .existingChannel(ExistingChannel.of("警備部警備第一課", d(2018, 7, 1))).concludedOn(d(2030, 1, 1)).build());

    private static final List<Agreement> ALL = concat(OTHER_AGREEMENTS, TOKYO_AGREEMENTS);

    @Test
    void countsTokyosAgreementsFor2024() {
        AnnualReport r = AnnualReports.compute(ALL, TOKYO, 2024);

        assertThat(r.prefecture()).isEqualTo(TOKYO);
        assertThat(r.period()).isEqualTo(ReportingPeriod.calendarYear(2024));
        assertThat(r.asOf()).isEqualTo(d(2024, 12, 31));
        assertThat(r.instruction()).isEqualTo(Instruction.libraryDefault());
        assertThat(r.items()).isEqualTo(EnumSet.allOf(ReportItem.class));
        assertThat(r.inForceTotal()).contains(6); // T1, T2, T9, T11, T12, T13
        assertThat(r.inForceBySector()).containsExactly(
                entry(Sector.FINANCIAL_INSTITUTION, 2), // T1, T13
                entry(Sector.CRYPTO_ASSET_EXCHANGE, 1), // T2
                entry(Sector.DATA_CENTRE, 1), // T9
                entry(Sector.ONLINE_SHOP, 1), // T12
                entry(Sector.OTHER, 1)); // T11
        assertThat(r.inForceAtPeriodStart()).contains(6); // T1, T3, T9, T12, T13, T14
        assertThat(r.concludedInPeriod()).contains(4); // T2, T4, T10, T11 (not T8, an existing channel)
        assertThat(r.terminatedInPeriod()).contains(4); // T3, T4, T10, T14
        assertThat(r.existingChannelArrangements()).contains(1); // T8
        assertThat(r.vendorCounterpartPartners()).contains(1); // T9 (T3 has ended, T2's vendor is not the counterpart)
    }

    @Test
    void countsTokyosAgreementsFor2023() {
        AnnualReport r = AnnualReports.compute(ALL, TOKYO, 2023);

        assertThat(r.inForceTotal()).contains(6); // T1, T3, T9, T12, T13, T14
        assertThat(r.inForceAtPeriodStart()).contains(5); // T1, T3, T9, T13, T14
        assertThat(r.concludedInPeriod()).contains(1); // T12
        assertThat(r.terminatedInPeriod()).contains(0); // not T10, whose termination date falls in 2023
        assertThat(r.existingChannelArrangements()).contains(0); // T8 comes in 2024
        assertThat(r.vendorCounterpartPartners()).contains(2); // T3, T9
    }

    @Test
    void countsTheFiscalYear2024AsAGivenInstructionSays() {
        // 令和6年度: 2024-04-01 to 2025-03-31.
        ReportingInstruction fiscal = ReportingInstruction.builder()
                .period(ReportingPeriod.fiscalYear(2024))
                .instruction(Instruction.given("令和6年3月1日付け別途指示"))
                .build();

        AnnualReport r = AnnualReports.compute(ALL, TOKYO, fiscal);

        assertThat(r.period()).isEqualTo(ReportingPeriod.builder().type(PeriodType.FISCAL_YEAR)
                .start(d(2024, 4, 1)).end(d(2025, 3, 31)).build());
        assertThat(r.asOf()).isEqualTo(d(2025, 3, 31));
        assertThat(r.instruction().source()).isEqualTo(InstructionSource.GIVEN);
        assertThat(r.instruction().reference()).contains("令和6年3月1日付け別途指示");
        assertThat(r.inForceTotal()).contains(6); // T1, T2, T7, T9, T11, T13 (T12 ended on 2025-01-01)
        // In force at the end of 2024-03-31: T1, T2, T3, T4, T9, T12, T13 (T10 counts as ended on its conclusion).
        assertThat(r.inForceAtPeriodStart()).contains(7);
        assertThat(r.concludedInPeriod()).contains(3); // T10 (2024-06-01), T11, T7 (2025-02-01)
        assertThat(r.terminatedInPeriod()).contains(4); // T3, T4, T10, T12
        assertThat(r.existingChannelArrangements()).contains(1); // T8, established 2024-04-01
    }

    @Test
    void countsAsOfADayWithinThePeriodUpToThatDay() {
        ReportingInstruction midYear = ReportingInstruction.builder()
                .period(ReportingPeriod.calendarYear(2024))
                .countDay(d(2024, 3, 31))
                .build();

        AnnualReport r = AnnualReports.compute(ALL, TOKYO, midYear);

        assertThat(r.asOf()).isEqualTo(d(2024, 3, 31));
        // In force at the end of 2024-03-31: T1, T2, T3, T4, T9, T12, T13.
        assertThat(r.inForceTotal()).contains(7);
        assertThat(r.inForceAtPeriodStart()).contains(6); // T1, T3, T9, T12, T13, T14
        assertThat(r.concludedInPeriod()).contains(2); // T2, T4 — not T10 or T11, concluded after the count day
        assertThat(r.terminatedInPeriod()).contains(1); // T14
        assertThat(r.existingChannelArrangements()).contains(0); // T8 comes on 2024-04-01
    }

    @Test
    void countsOnlyTheItemsTheInstructionAsksFor() {
        ReportingInstruction fewer = ReportingInstruction.builder()
                .period(ReportingPeriod.calendarYear(2024))
                .items(EnumSet.of(ReportItem.IN_FORCE_TOTAL, ReportItem.EXISTING_CHANNELS))
                .build();

        AnnualReport r = AnnualReports.compute(ALL, TOKYO, fewer);

        assertThat(r.items()).containsExactly(ReportItem.IN_FORCE_TOTAL, ReportItem.EXISTING_CHANNELS);
        assertThat(r.inForceTotal()).contains(6);
        assertThat(r.existingChannelArrangements()).contains(1);
        assertThat(r.inForceBySector()).isEmpty();
        assertThat(r.inForceAtPeriodStart()).isEmpty();
        assertThat(r.concludedInPeriod()).isEmpty();
        assertThat(r.terminatedInPeriod()).isEmpty();
        assertThat(r.vendorCounterpartPartners()).isEmpty();
    }

    @Test
    void countsAnExplicitPeriod() {
        ReportingInstruction explicit = ReportingInstruction.of(ReportingPeriod.between(d(2024, 1, 1), d(2024, 6, 30)));

        AnnualReport r = AnnualReports.compute(ALL, TOKYO, explicit);

        assertThat(r.period().type()).isEqualTo(PeriodType.EXPLICIT);
        assertThat(r.asOf()).isEqualTo(d(2024, 6, 30));
        assertThat(r.concludedInPeriod()).contains(3); // T2, T4, T10
        assertThat(r.instruction().source()).isEqualTo(InstructionSource.GIVEN);
    }

    @Test
    void existingChannelsAreCountedByTheDayTheirChannelWasEstablished() {
        Agreement channel = agreement("C1", OSAKA, Sector.DATA_CENTRE).arrangement(ArrangementType.EXISTING_CHANNEL)
                .existingChannel(ExistingChannel.of("警備部公安課", d(2021, 5, 1))).build();

        assertThat(AnnualReports.compute(List.of(channel), OSAKA, 2020).existingChannelArrangements()).contains(0);
        assertThat(AnnualReports.compute(List.of(channel), OSAKA, 2021).existingChannelArrangements()).contains(1);
        assertThat(AnnualReports.compute(List.of(channel), OSAKA, 2021).inForceTotal()).contains(0);
        assertThat(AnnualReports.compute(List.of(channel), OSAKA, 2021).concludedInPeriod()).contains(0);
    }

    @Test
    void theRecordedStatusDoesNotChangeTheCounts() {
        List<Agreement> allRecordedInForce = new ArrayList<>();
        ALL.forEach(a -> allRecordedInForce.add(Agreement.builder().from(a).status(AgreementStatus.IN_FORCE).build()));

        assertThat(AnnualReports.compute(allRecordedInForce, TOKYO, 2024)).isEqualTo(AnnualReports.compute(ALL, TOKYO, 2024));
    }

    @Test
    void theOrderOfTheRecordsDoesNotMatter() {
        List<Agreement> reversed = new ArrayList<>(ALL);
        Collections.reverse(reversed);

        assertThat(AnnualReports.compute(reversed, TOKYO, 2024)).isEqualTo(AnnualReports.compute(ALL, TOKYO, 2024));
    }

    @Test
    void countsOsakaAndHokkaidoApartFromTokyo() {
        AnnualReport osaka = AnnualReports.compute(ALL, OSAKA, 2024);
        AnnualReport hokkaido = AnnualReports.compute(ALL, HOKKAIDO, 2024);

        assertThat(osaka.inForceTotal()).contains(2); // O1, O2
        assertThat(osaka.inForceBySector()).contains(entry(Sector.FINANCIAL_INSTITUTION, 1), entry(Sector.CRYPTO_ASSET_EXCHANGE, 1));
        assertThat(osaka.inForceAtPeriodStart()).contains(1); // O1
        assertThat(osaka.concludedInPeriod()).contains(1); // O2
        assertThat(osaka.terminatedInPeriod()).contains(0);
        assertThat(osaka.vendorCounterpartPartners()).contains(1); // O2
        assertThat(hokkaido.inForceTotal()).contains(0);
        assertThat(hokkaido.inForceAtPeriodStart()).contains(1); // H1
        assertThat(hokkaido.terminatedInPeriod()).contains(1); // H1
        assertThat(hokkaido.existingChannelArrangements()).contains(1); // H3 (H2 ended in 2023)
    }

    @Test
    void nationalCompilationHasAllFortySevenInJisOrderWithZerosWhereThereAreNoAgreements() {
        NationalCompilation national = AnnualReports.computeNational(ALL, 2024);

        assertThat(national.period()).isEqualTo(ReportingPeriod.calendarYear(2024));
        assertThat(national.reports()).hasSize(47).extracting(AnnualReport::prefecture).containsExactly(Prefecture.values());
        for (AnnualReport r : national.reports()) {
            assertThat(r.period()).isEqualTo(ReportingPeriod.calendarYear(2024));
            assertThat(r).isEqualTo(AnnualReports.compute(ALL, r.prefecture(), 2024));
            if (r.prefecture() != TOKYO && r.prefecture() != OSAKA && r.prefecture() != HOKKAIDO) {
                assertThat(r).isEqualTo(zeroReport(r.prefecture(), 2024));
            }
        }
        assertThat(national.inForceTotal()).isEqualTo(8); // Tokyo 6 + Osaka 2 + Hokkaido 0
        assertThat(national.inForceBySector()).containsExactly(
                entry(Sector.FINANCIAL_INSTITUTION, 3), // T1, T13, O1
                entry(Sector.CRYPTO_ASSET_EXCHANGE, 2), // T2, O2
                entry(Sector.DATA_CENTRE, 1), // T9
                entry(Sector.ONLINE_SHOP, 1), // T12
                entry(Sector.OTHER, 1)); // T11
    }

    @Test
    void noRecordsGiveZeroCountsForEverySector() {
        assertThat(AnnualReports.compute(List.of(), Prefecture.OKINAWA, 2024)).isEqualTo(zeroReport(Prefecture.OKINAWA, 2024));
        assertThat(AnnualReports.computeNational(List.of(), 2024).inForceTotal()).isZero();
    }

    @Test
    void compileKeepsTheReportsAsGiven() {
        AnnualReport tokyo = AnnualReports.compute(ALL, TOKYO, 2024);
        AnnualReport osaka = AnnualReports.compute(ALL, OSAKA, 2024);

        NationalCompilation compiled = AnnualReports.compile(ReportingPeriod.calendarYear(2024), List.of(osaka, tokyo));

        assertThat(compiled.reports()).containsExactly(osaka, tokyo);
        assertThat(compiled.inForceTotal()).isEqualTo(8); // 2 + 6
    }

    @Test
    void rejectsNullArguments() {
        assertThatNullPointerException().isThrownBy(() -> AnnualReports.compute(null, TOKYO, 2024));
        assertThatNullPointerException().isThrownBy(() -> AnnualReports.compute(ALL, null, 2024));
        assertThatNullPointerException().isThrownBy(() -> AnnualReports.computeNational(null, 2024));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void countsAddUpForRandomRecords(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int year = 2015 + random.nextInt(16);
        List<Agreement> agreements = randomAgreements(random, 50);
        LocalDate yearEnd = d(year, 12, 31);

        NationalCompilation national = AnnualReports.computeNational(agreements, year);

        String replay = "seed " + seed + ", year " + year;
        assertThat(national.reports()).as(replay).extracting(AnnualReport::prefecture).containsExactly(Prefecture.values());
        Map<Sector, Integer> nationalBySector = new EnumMap<>(Sector.class);
        int nationalTotal = 0;
        for (Prefecture p : Prefecture.values()) {
            String where = replay + ", " + p.name();
            AnnualReport r = AnnualReports.compute(agreements, p, year);

            assertThat(national.reports().get(p.code() - 1)).as(where).isEqualTo(r);
            int total = r.inForceTotal().orElseThrow();
            assertThat(r.inForceAtPeriodStart().orElseThrow() + r.concludedInPeriod().orElseThrow() - r.terminatedInPeriod().orElseThrow())
                    .as(where + ": at the start + concluded - terminated").isEqualTo(total);
            assertThat(r.inForceBySector()).as(where).containsOnlyKeys(Sector.values());
            assertThat(r.inForceBySector().values().stream().mapToInt(Integer::intValue).sum())
                    .as(where + ": sum by sector").isEqualTo(total);
            assertThat(List.of(r.inForceTotal(), r.inForceAtPeriodStart(), r.concludedInPeriod(), r.terminatedInPeriod(),
                    r.existingChannelArrangements(), r.vendorCounterpartPartners()))
                    .as(where + ": non-negative").allSatisfy(n -> assertThat(n.orElseThrow()).isNotNegative());
            assertThat(r.inForceAtPeriodStart()).as(where + ": last year's total")
                    .isEqualTo(AnnualReports.compute(agreements, p, year - 1).inForceTotal());
            assertThat((long) total).as(where + ": agreements in force on 31 December")
                    .isEqualTo(count(agreements, p, ArrangementType.JOINT_RESPONSE_AGREEMENT, yearEnd));
            assertThat((long) r.existingChannelArrangements().orElseThrow()).as(where + ": existing channels in force on 31 December")
                    .isEqualTo(count(agreements, p, ArrangementType.EXISTING_CHANNEL, yearEnd));
            assertThat(r.vendorCounterpartPartners().orElseThrow()).as(where).isLessThanOrEqualTo(total);
            r.inForceBySector().forEach((s, n) -> nationalBySector.merge(s, n, Integer::sum));
            nationalTotal += total;
        }
        assertThat(national.inForceTotal()).as(replay).isEqualTo(nationalTotal);
        assertThat(national.inForceBySector()).as(replay).isEqualTo(nationalBySector);
    }

    private static long count(List<Agreement> agreements, Prefecture p, ArrangementType arrangement, LocalDate day) {
        return agreements.stream()
                .filter(a -> a.prefecture() == p && a.arrangement() == arrangement && a.isInForceOn(day))
                .count();
    }

    private static List<Agreement> randomAgreements(SplittableRandom random, int n) {
        Prefecture[] frequent = {TOKYO, OSAKA, HOKKAIDO};
        Sector[] sectors = Sector.values();
        List<Agreement> agreements = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Prefecture p = random.nextInt(10) < 7
                    ? frequent[random.nextInt(frequent.length)]
                    : Prefecture.values()[random.nextInt(47)];
            Partner.Builder partner = Partner.builder().name("事業者" + i)
                    .sector(sectors[random.nextInt(sectors.length)])
                    .outsourcing(OutsourcingStatus.values()[random.nextInt(OutsourcingStatus.values().length)]);
            for (int v = random.nextInt(3); v > 0; v--) {
                partner.addSecurityVendors(SecurityVendor.builder().name("ベンダー" + i + "-" + v)
                        .kind(VendorKind.values()[random.nextInt(VendorKind.values().length)])
                        .practicalCounterpart(random.nextBoolean()).build());
            }
            Agreement.Builder a = Agreement.builder().id("R-" + i).prefecture(p).partner(partner.build())
                    .status(AgreementStatus.values()[random.nextInt(AgreementStatus.values().length)]);
            if (random.nextInt(10) == 0) {
                a.arrangement(ArrangementType.EXISTING_CHANNEL);
                if (random.nextInt(100) >= 15) {
                    a.existingChannel(ExistingChannel.of("警備部公安課", randomDate(random)));
                }
            }
            if (random.nextBoolean()) {
                a.draftedOn(randomDate(random));
            }
            if (random.nextInt(100) >= 15) {
                a.concludedOn(randomDate(random));
            }
            if (random.nextBoolean()) {
                a.terminatedOn(randomDate(random));
            }
            agreements.add(a.build());
        }
        return agreements;
    }

    /** A date from 2015 to 2030, often on a year boundary, sometimes absurd. */
    private static LocalDate randomDate(SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 2) {
            return LocalDate.MIN;
        }
        if (roll < 4) {
            return LocalDate.MAX;
        }
        if (roll < 6) {
            return d(1, 1, 1);
        }
        if (roll < 8) {
            return d(9999, 12, 31);
        }
        int year = 2014 + random.nextInt(18);
        if (roll < 18) {
            return d(year, 1, 1);
        }
        if (roll < 28) {
            return d(year, 12, 31);
        }
        long from = d(2015, 1, 1).toEpochDay();
        long to = d(2030, 12, 31).toEpochDay();
        return LocalDate.ofEpochDay(from + (long) (random.nextDouble() * (to - from + 1)));
    }

    private static AnnualReport zeroReport(Prefecture p, int year) {
        AnnualReport.Builder b = AnnualReport.builder().prefecture(p).period(ReportingPeriod.calendarYear(year)).asOf(d(year, 12, 31))
                .instruction(Instruction.libraryDefault())
                .inForceTotal(0).inForceAtPeriodStart(0).concludedInPeriod(0).terminatedInPeriod(0)
                .existingChannelArrangements(0).vendorCounterpartPartners(0);
        for (Sector s : Sector.values()) {
            b.putInForceBySector(s, 0);
        }
        return b.build();
    }

    private static Agreement.Builder agreement(String id, Prefecture p, Sector sector) {
        return agreement(id, p, Partner.builder().name("事業者" + id).sector(sector)
                .outsourcing(OutsourcingStatus.NOT_OUTSOURCED).build());
    }

    private static Agreement.Builder agreement(String id, Prefecture p, Partner partner) {
        return Agreement.builder().id(id).prefecture(p).partner(partner).status(AgreementStatus.IN_FORCE);
    }

    private static Partner partnerWithVendor(Sector sector, boolean counterpart) {
        return Partner.builder().name("事業者").sector(sector).outsourcing(OutsourcingStatus.OUTSOURCED)
                .addSecurityVendors(SecurityVendor.builder().name("監視事業者").kind(VendorKind.SECURITY_MONITORING_PROVIDER)
                        .practicalCounterpart(counterpart).build())
                .build();
    }

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static List<Agreement> concat(List<Agreement> a, List<Agreement> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
