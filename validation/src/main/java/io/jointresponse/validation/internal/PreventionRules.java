package io.jointresponse.validation.internal;

import static io.jointresponse.core.finding.Severity.ERROR;
import static io.jointresponse.core.finding.Severity.WARNING;

import io.jointresponse.core.finding.JsonPointer;
import io.jointresponse.core.prevention.CheckerRole;
import io.jointresponse.core.prevention.HindranceCheck;
import io.jointresponse.core.prevention.HindranceConclusion;
import io.jointresponse.core.prevention.PreventionRelease;
import io.jointresponse.validation.ValidationOptions;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** The rules of damage-prevention information (notice 217, §5). */
final class PreventionRules {

    private PreventionRules() {}

    /**
     * PRV-001: a release follows a check, by a senior investigator, made no later than the release,
     * that found no hindrance to the investigation or trial.
     */
    static final Rule<PreventionRelease> PRV_001 = Rule.of("PRV-001", ERROR, "A §5", PreventionRelease.class, (r, ctx, sink) -> {
        if (r.releasedAt().isEmpty()) {
            return;
        }
        Optional<HindranceCheck> check = r.hindranceCheck();
        if (check.isEmpty()) {
            sink.report(JsonPointer.of("hindranceCheck"));
            return;
        }
        HindranceCheck c = check.get();
        if (c.checkerRole() != CheckerRole.SENIOR_INVESTIGATOR) {
            sink.report("checker", JsonPointer.of("hindranceCheck", "checkerRole"));
        }
        if (c.checkedAt().isAfter(r.releasedAt().get())) {
            sink.report("late", JsonPointer.of("hindranceCheck", "checkedAt"));
        }
        if (c.conclusion() == HindranceConclusion.HINDERS) {
            sink.report("hinders", JsonPointer.of("hindranceCheck", "conclusion"));
        }
    }).variant("checker", ERROR).variant("late", ERROR).variant("hinders", ERROR)
            .note("Only a release (releasedAt present) is checked; a check at the same instant as the release is in time.")
            .quote("なお、民間事業者に情報を提供する場合には、捜査幹部が捜査活動への支障の有無を事前に確認すること。");

    /**
     * PRV-002: released no later than the configured delay after it was obtained; or, while not
     * released, the delay has not yet passed. Information a check found to hinder the investigation
     * is rightly held back, so it is not warned while unreleased.
     */
    static final Rule<PreventionRelease> PRV_002 = Rule.of("PRV-002", WARNING, "A §5", PreventionRelease.class, (r, ctx, sink) -> {
        Duration delay = ctx.preventionReleaseDelay();
        Instant deadline = r.obtainedAt().toInstant().plus(delay);
        if (r.releasedAt().isPresent()) {
            OffsetDateTime released = r.releasedAt().get();
            if (released.toInstant().isAfter(deadline)) {
                sink.report(JsonPointer.of("releasedAt"));
            }
            return;
        }
        boolean heldBack = r.hindranceCheck().map(c -> c.conclusion() == HindranceConclusion.HINDERS).orElse(false);
        if (!heldBack && ctx.now().isAfter(deadline)) {
            sink.report("pending", JsonPointer.of("releasedAt"));
        }
    }).variant("pending", WARNING)
            .note("The notice says without delay (遅滞なく) and sets no number: the delay is an option, " + ValidationOptions.DEFAULT_PREVENTION_RELEASE_DELAY_HOURS + " hours by default, a prompt for a reviewer rather than a legal limit. Exactly the delay is not late. Information a check found to hinder the investigation is rightly held back and is not warned while unreleased.")
            .quote("このような情報については、捜査活動やその後の公判維持に支障を及ぼさない限り、遅滞なく民間事業者に伝達し、事業者によるサイバー犯罪抑止対策を促進すること。");

    static List<Rule<?>> all() {
        return List.of(PRV_001, PRV_002);
    }
}
