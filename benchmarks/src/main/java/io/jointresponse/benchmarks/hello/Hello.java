package io.jointresponse.benchmarks.hello;

/**
 * The smallest Java program: the cold-start baseline. It must depend on nothing else, because
 * {@link io.jointresponse.benchmarks.ColdStart} runs it from a directory holding only this class.
 */
public final class Hello {

    private Hello() {}

    /**
     * Prints {@code hello}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        System.out.println("hello");
    }
}
