package io.github.sqlguard.spotbugs;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sqlguard.spotbugs.GenericSignatures.Argument;
import io.github.sqlguard.spotbugs.GenericSignatures.ClassSignature;
import io.github.sqlguard.spotbugs.GenericSignatures.ClassType;
import org.junit.jupiter.api.Test;

class GenericSignaturesTest {

    @Test
    void aClassSignatureGivesItsParametersAndSupertypesWithTheirArguments() {
        ClassSignature s = GenericSignatures.classSignature("<M::Lcom/x/BaseMapper<TT;>;T:Ljava/lang/Object;>"
                + "Ljava/lang/Object;Lcom/x/IService<TT;>;Lcom/x/Outer<Ljava/lang/String;>.Inner<[I*+Ljava/lang/Long;>;");

        assertThat(s.parameters()).containsExactly("M", "T");
        assertThat(s.supertypes()).extracting(ClassType::internalName)
                .containsExactly("java/lang/Object", "com/x/IService", "com/x/Outer$Inner");
        assertThat(s.supertypes().get(1).arguments()).containsExactly(new Argument(null, "T"));
        assertThat(s.supertypes().get(2).arguments()).containsExactly(Argument.UNKNOWN, Argument.UNKNOWN,
                Argument.UNKNOWN);
    }

    @Test
    void aFieldTypeIsAClassTypeOrATypeVariable() {
        ClassType t = GenericSignatures.fieldType("Lorg/x/JpaRepository<Lcom/a/Order;Ljava/lang/Long;>;");

        assertThat(t.internalName()).isEqualTo("org/x/JpaRepository");
        assertThat(t.arguments()).extracting(Argument::className).containsExactly("com/a/Order", "java/lang/Long");
        assertThat(GenericSignatures.fieldType("TM;")).isNull();
        assertThat(GenericSignatures.variable("TM;")).isEqualTo("M");
        assertThat(GenericSignatures.variable("Lcom/a/Order;")).isNull();
    }

    @Test
    void textThatIsNoSignatureGivesNothing() {
        assertThat(GenericSignatures.classSignature(null)).isNull();
        assertThat(GenericSignatures.classSignature("<T:")).isNull();
        assertThat(GenericSignatures.fieldType("Lcom/a/Order<")).isNull();
    }
}
