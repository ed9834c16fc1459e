package no.samspill.internal.doc;

import java.util.function.Supplier;
import no.samspill.ContractException;

/**
 * The last line of defence against a tree deeper than the thread's stack. The readers bound the
 * nesting of everything they build, but a document tree can also be built in code, and a walk
 * over it recurses: a {@link StackOverflowError} must reach the caller as the failure it is, never
 * as an {@link Error} that takes a batch or a server thread down with it. The same holds for an
 * {@link OutOfMemoryError} in one render: what it allocated is garbage once the stack has unwound,
 * so the caller can report it and go on with the next description.
 */
public final class StackGuard {

    private StackGuard() {}

    public static <T> T call(String work, Supplier<T> body) {
        try {
            return body.get();
        } catch (StackOverflowError e) {
            // The stack is unwound by the time this runs; building the exception is safe again.
            throw new ContractException(work + " failed: the document is nested too deeply"
                    + " (lists, quotes or emphasis inside one another thousands of levels deep)");
        } catch (OutOfMemoryError e) {
            throw new ContractException(work + " failed: Java ran out of memory (" + e.getMessage()
                    + "); give it more with -Xmx, or split the description");
        }
    }
}
