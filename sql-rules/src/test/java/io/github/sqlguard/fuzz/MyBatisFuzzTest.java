package io.github.sqlguard.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.sqlguard.core.SourceContext;
import io.github.sqlguard.mybatis.MyBatisMapperSource;
import io.github.sqlguard.xml.SafeXml;
import io.github.sqlguard.xml.XmlException;
import java.util.List;

/** MyBatis mappers and the XML reader under them: no exception escapes, problems are one line. */
class MyBatisFuzzTest {

    private static final MyBatisMapperSource SOURCE = new MyBatisMapperSource();

    @FuzzTest
    void mapper(byte[] input) {
        String text = Fuzzing.text(input);
        SafeXml.rootName(text);
        try {
            SafeXml.parse(text);
        } catch (XmlException e) {
            Fuzzing.assertProblems(List.of(e.getMessage()));
        }
        Fuzzing.Collected sink = new Fuzzing.Collected();
        SOURCE.read(Fuzzing.file("mapper/FuzzMapper.xml", SourceContext.APPLICATION), text, sink);
        Fuzzing.assertProblems(sink.problems, "MyBatis mapper not fully read");
        Fuzzing.check(sink.pieces);
    }
}
