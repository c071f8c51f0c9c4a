package yaowen.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Every main class of every product module, read once for all the rules (about two seconds). */
final class ProductClasses {
    /** Classes of {@code yaowen.*} from the modules' jars or target/classes; test classes are left out. */
    static final JavaClasses ALL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("yaowen");

    private ProductClasses() {
    }
}
