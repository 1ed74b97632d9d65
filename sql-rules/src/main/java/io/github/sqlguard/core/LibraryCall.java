package io.github.sqlguard.core;

/**
 * A library call that runs a statement on every row of a table on the application's behalf (an ORM's
 * {@code deleteAll()}, a wrapper with no condition), as the code writes it. The SQL piece that stands for it carries
 * it, so that a finding speaks of the call the user wrote, not of SQL the user never saw.
 *
 * @param call   the call as written, one line, cut to {@value #MAX_CALL} characters: {@code orders.deleteAll()}
 * @param target what it touches, in the user's words: {@code the table behind OrderRepository}
 * @param advice the safe alternative: {@code pass the entities or ids to delete}
 */
public record LibraryCall(String call, String target, String advice) {

    public static final int MAX_CALL = 80;

    public LibraryCall {
        String oneLine = call.strip().replaceAll("\\s+", " ");
        call = oneLine.length() > MAX_CALL ? oneLine.substring(0, MAX_CALL - 3) + "..." : oneLine;
    }

    /** The finding's message: {@code `orders.deleteAll()` deletes every row of ...; pass ..., or suppress ...}. */
    public String everyRow(String verb) {
        return "`" + call + "` " + verb + " every row of " + target + "; " + advice + ", or suppress with a reason.";
    }
}
