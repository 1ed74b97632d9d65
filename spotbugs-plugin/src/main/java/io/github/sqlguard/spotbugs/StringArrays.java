package io.github.sqlguard.spotbugs;

import edu.umd.cs.findbugs.OpcodeStack;
import io.github.sqlguard.spotbugs.Values.Elements;

/** The elements of the string arrays on the operand stack, followed from the array's creation through its stores. */
final class StringArrays {

    private StringArrays() {
    }

    /** The array {@code anewarray} just made: its elements, all unknown, when its length is a constant. */
    static void created(OpcodeStack.Item array) {
        if (array.getConstant() instanceof Integer n && n >= 0 && n <= Values.MAX_ARRAY) {
            array.setUserValue(new Elements(new String[n]));
        }
    }

    /** {@code aastore}: the array on {@code stack} takes the stored element's text. */
    static void store(OpcodeStack stack) {
        if (stack.getStackDepth() < 3) {
            return;
        }
        OpcodeStack.Item array = stack.getStackItem(2);
        if (array.getUserValue() instanceof Elements e && stack.getStackItem(1).getConstant() instanceof Integer i
                && i >= 0 && i < e.values().length) {
            array.setUserValue(e.with(i, Values.text(stack.getStackItem(0))));
        }
    }

    /** The elements' texts of an array (null elements unknown), or null when the array is not followed. */
    static String[] elements(OpcodeStack.Item array) {
        return array.getUserValue() instanceof Elements e ? e.values() : null;
    }
}
