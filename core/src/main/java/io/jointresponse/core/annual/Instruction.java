package io.jointresponse.core.annual;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which instruction an annual report was made under: the library's default, or one given to it,
 * such as the NPA's separate instruction, named by its reference as written (the date and number of
 * the document).
 * An annual report carries it so that its figures are never taken for the notice's own.
 */
@Value.Immutable
public abstract class Instruction {

    /** The library's default, with no reference. */
    private static final Instruction LIBRARY_DEFAULT = builder().source(InstructionSource.LIBRARY_DEFAULT).build();

    Instruction() {}

    /** @return who set how the report is made */
    public abstract InstructionSource source();

    /**
     * Returns the reference of the separate instruction as written, such as
     * {@code 令和4年1月14日付け警察庁丁サ企発第3号}.
     *
     * @return the reference; empty for the library's default, or when not recorded
     */
    public abstract Optional<String> reference();

    /** @return the library's default */
    public static Instruction libraryDefault() {
        return LIBRARY_DEFAULT;
    }

    /**
     * Returns the NPA's separate instruction.
     *
     * @param reference its reference as written, not null
     * @return the instruction
     */
    public static Instruction given(String reference) {
        return builder().source(InstructionSource.GIVEN).reference(reference).build();
    }

    /** @return a new builder */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link Instruction}. */
    public static final class Builder extends ImmutableInstruction.Builder {}
}
