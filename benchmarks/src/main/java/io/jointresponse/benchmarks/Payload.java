package io.jointresponse.benchmarks;

import io.jointresponse.benchmarks.pojo.AgreementPojo;
import io.jointresponse.benchmarks.pojo.AnnualReportPojo;
import io.jointresponse.benchmarks.pojo.IncidentReportPojo;
import io.jointresponse.core.agreement.Agreement;
import io.jointresponse.core.agreement.AgreementStatus;
import io.jointresponse.core.agreement.ArrangementType;
import io.jointresponse.core.annual.AnnualReports;
import io.jointresponse.core.document.Document;
import io.jointresponse.core.document.DocumentKind;
import io.jointresponse.core.incident.IncidentReport;
import io.jointresponse.core.organisation.Prefecture;
import io.jointresponse.fixtures.Generators;
import io.jointresponse.serialization.JointResponseJson;
import java.util.List;

/**
 * The three documents the suite reads, validates and writes, each built once from seeded fixtures
 * and serialised once, so that every benchmark of a payload handles the same bytes.
 */
public enum Payload {

    /** A typical incident report of about 2 KB: a reporter, two crime types, a long summary. */
    INCIDENT_REPORT(DocumentKind.INCIDENT_REPORT, IncidentReportPojo.class) {
        @Override
        Document build() {
            return incidentReport();
        }
    },

    /** An agreement in force with contacts, security vendors and several agreed crimes. */
    AGREEMENT(DocumentKind.AGREEMENT, AgreementPojo.class) {
        @Override
        Document build() {
            return agreement();
        }
    },

    /** The 2021 annual report of the Tokyo police, computed from generated agreement records (dated while notice 217 was in force). */
    ANNUAL_REPORT(DocumentKind.ANNUAL_REPORT, AnnualReportPojo.class) {
        @Override
        Document build() {
            return AnnualReports.compute(new Generators(SEED).agreements(2_000), Prefecture.TOKYO, 2021);
        }
    };

    /** The seed of every generated payload. */
    public static final long SEED = 20_190_327L;

    /** The size the incident report is padded towards, in bytes of JSON. */
    public static final int INCIDENT_REPORT_TARGET_BYTES = 2048;

    /** What a partner adds to a report while the incident goes on; padding made of real prose. */
    private static final List<String> FOLLOW_UPS = List.of(
            "覚知後直ちに社内の情報セキュリティ委員会を招集し、影響範囲の調査を開始した。",
            "不審な通信先のIPアドレスについてはファイアウォールで遮断し、関係するアカウントを一時停止した。",
            "アクセスログ及び認証ログを保全し、提出が求められた場合に備えて複製を作成している。",
            "顧客への注意喚起をウェブサイトに掲載する予定であり、掲載内容について警察と事前に相談したい。",
            "委託先のセキュリティ事業者が端末の解析を進めており、判明した事項は追って報告する。",
            "同様の手口による被害が同業他社でも発生している可能性があるため、業界団体への情報提供を検討している。",
            "現時点で顧客の金銭的被害は確認されていないが、引き続き監視を強化している。",
            "被害を受けたサーバについては予備機に切り替えて業務を継続しており、復旧の見通しは立っている。",
            "攻撃に利用された可能性のある脆弱性について、製品の開発元に問い合わせを行っている。",
            "本件に関する報道機関からの問合せには、警察と調整の上で対応することとしている。");

    private final String wireName;
    private final Class<?> pojoType;
    private volatile Document document;
    private volatile byte[] json;

    Payload(DocumentKind kind, Class<?> pojoType) {
        this.wireName = kind.wireName();
        this.pojoType = pojoType;
    }

    abstract Document build();

    /**
     * Returns the payload's name as JMH parameters and the wire format's {@code kind} spell it.
     *
     * @return the name, such as {@code incidentReport}
     */
    public String wireName() {
        return wireName;
    }

    /**
     * Returns the baseline bean class the payload's JSON binds to.
     *
     * @return the class
     */
    public Class<?> pojoType() {
        return pojoType;
    }

    /**
     * Returns the model document, built once.
     *
     * @return the document
     */
    public Document document() {
        Document d = document;
        if (d == null) {
            synchronized (this) {
                d = document;
                if (d == null) {
                    d = build();
                    document = d;
                }
            }
        }
        return d;
    }

    /**
     * Returns the payload's JSON, written once; callers must not change the array.
     *
     * @return the UTF-8 bytes
     */
    public byte[] json() {
        byte[] j = json;
        if (j == null) {
            synchronized (this) {
                j = json;
                if (j == null) {
                    j = WireBytes.of(document());
                    json = j;
                }
            }
        }
        return j;
    }

    /**
     * Finds a payload by its wire name.
     *
     * @param wireName such as {@code agreement}, not null
     * @return the payload
     * @throws IllegalArgumentException if no payload has that name
     */
    public static Payload ofWireName(String wireName) {
        for (Payload p : values()) {
            if (p.wireName.equals(wireName)) {
                return p;
            }
        }
        throw new IllegalArgumentException("No payload named " + wireName);
    }

    /** Draws reports until one names a reporter with an e-mail address, then pads its summary. */
    private static IncidentReport incidentReport() {
        Generators g = new Generators(SEED);
        IncidentReport base = g.incidentReport();
        while (base.crimeTypes().size() < 2 || base.reporter().flatMap(c -> c.email()).isEmpty()) {
            base = g.incidentReport();
        }
        StringBuilder summary = new StringBuilder(base.summary());
        IncidentReport report = base;
        for (int i = 0; ; i++) {
            String next = FOLLOW_UPS.get(i % FOLLOW_UPS.size());
            IncidentReport longer = IncidentReport.builder().from(base).summary(summary + next).build();
            if (WireBytes.of(longer).length > INCIDENT_REPORT_TARGET_BYTES) {
                return report;
            }
            summary.append(next);
            report = longer;
        }
    }

    /** Draws agreements until one is in force with contacts, vendors and several agreed crimes. */
    private static Agreement agreement() {
        Generators g = new Generators(SEED);
        while (true) {
            Agreement a = g.agreement();
            if (a.status() == AgreementStatus.IN_FORCE
                    && a.arrangement() == ArrangementType.JOINT_RESPONSE_AGREEMENT
                    && !a.partner().contacts().isEmpty()
                    && !a.partner().securityVendors().isEmpty()
                    && a.reportableCrimes().size() >= 3) {
                return a;
            }
        }
    }

    /** How a model document becomes JSON: the library's own writer, so every side reads its bytes. */
    static final class WireBytes {
        private WireBytes() {}

        static byte[] of(Document document) {
            return JointResponseJson.strict().write(document);
        }
    }
}
