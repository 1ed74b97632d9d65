package io.github.sqlguard.java;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A file is parsed for builder chains only when one chain line finds its start, terminal and receiver in it. */
class ChainWordsTest {

    private final JavaSource source = new JavaSource();

    @Test
    void aStartATerminalAndATypeOrHintOfOneLineMakeAFileWorthParsing() {
        assertThat(source.mayHoldSql("class A { void m() { DB.find(Order.class).delete(); } }")).isTrue();
        assertThat(source.mayHoldSql("class A { Database database; void m() { database.find(O.class).delete(); } }"))
                .isTrue();
        assertThat(source.mayHoldSql("class A { void m() { new QOrder().delete(); } }")).isTrue();
        assertThat(source.mayHoldSql("class A extends ServiceImpl<M, U> { void m() { lambdaUpdate().remove(); } }"))
                .isTrue();
        assertThat(source.mayHoldSql("class A { void m(CriteriaBuilder cb) { em.createQuery("
                + "cb.createCriteriaDelete(O.class)).executeUpdate(); } }")).isTrue();
        assertThat(source.mayHoldSql("class A { void m() { getDslContext().deleteFrom(T).execute(); } }")).isTrue();
    }

    @Test
    void sharedMethodNamesAloneDoNot() {
        assertThat(source.mayHoldSql("class A { void m() { digest.update(bytes); file.delete(); } }")).isFalse();
        assertThat(source.mayHoldSql("class A { void m() { repo.find(id).update(); list.remove(0); } }")).isFalse();
        assertThat(source.mayHoldSql("class A { void m() { new Queue().delete(); } }")).isFalse();
    }
}
