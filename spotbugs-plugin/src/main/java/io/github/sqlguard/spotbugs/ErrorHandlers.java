package io.github.sqlguard.spotbugs;

import java.util.HashMap;
import java.util.Map;
import org.apache.bcel.classfile.Code;
import org.apache.bcel.classfile.CodeException;

/** The exception handlers of the method being visited, and the code each runs when an exception is thrown. */
final class ErrorHandlers {

    private final Map<Integer, Integer> gotoEnds = new HashMap<>();

    /** Forgets the jumps of the method visited before. */
    void startMethod() {
        gotoEnds.clear();
    }

    /** A {@code goto} whose next instruction is at {@code next}, to {@code target}. */
    void jump(int next, int target) {
        gotoEnds.put(next, target);
    }

    /**
     * True if {@code pc} lies in an exception handler: from the handler's start to the target of the jump that ends
     * the protected block just before it (where the code after the {@code try} statement resumes), or, without such a
     * jump, to the next handler or protected block, or the end of the method. javac copies a {@code finally} block into
     * the catch-all handler, so that copy counts as well.
     */
    boolean covers(Code code, int pc) {
        CodeException[] table = code.getExceptionTable();
        for (CodeException e : table) {
            int start = e.getHandlerPC();
            if (pc < start) {
                continue;
            }
            int end;
            Integer jumpTarget = gotoEnds.get(start);
            if (jumpTarget != null && jumpTarget > start) {
                end = jumpTarget;
            } else {
                end = code.getCode().length;
                for (CodeException other : table) {
                    if (other.getHandlerPC() > start) {
                        end = Math.min(end, other.getHandlerPC());
                    }
                    if (other.getStartPC() > start) {
                        end = Math.min(end, other.getStartPC());
                    }
                }
            }
            if (pc < end) {
                return true;
            }
        }
        return false;
    }
}
