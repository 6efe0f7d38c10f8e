package io.invoiceocr;

import java.util.Arrays;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.item.ItemReader;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.context.annotation.Profile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of docs/architecture.md, checked on the product's classes: the stages at the
 * edges know nothing of the jobs, the jobs wire the stages, launching and operating sit on top.
 */
class ArchitectureTest {

	static final JavaClasses PRODUCT = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("io.invoiceocr");

	@Test
	void eachPackageIsUsedOnlyByThoseAboveIt() {
		ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
			.withOptionalLayers(true)
			.layer("Console").definedBy("io.invoiceocr.console..")
			.layer("Launch").definedBy("io.invoiceocr.launch..")
			.layer("Job").definedBy("io.invoiceocr.job..")
			.layer("Ingest").definedBy("io.invoiceocr.ingest..")
			.layer("Process").definedBy("io.invoiceocr.process..")
			.layer("Extract").definedBy("io.invoiceocr.extract..")
			.layer("Ocr").definedBy("io.invoiceocr.ocr..")
			.layer("Webhook").definedBy("io.invoiceocr.webhook..")
			.layer("Document").definedBy("io.invoiceocr.document..")
			.layer("Config").definedBy("io.invoiceocr.config..")
			.whereLayer("Console").mayNotBeAccessedByAnyLayer()
			.whereLayer("Launch").mayOnlyBeAccessedByLayers("Console")
			.whereLayer("Job").mayOnlyBeAccessedByLayers("Launch", "Console")
			.whereLayer("Ingest").mayOnlyBeAccessedByLayers("Job", "Launch", "Console")
			.whereLayer("Process").mayOnlyBeAccessedByLayers("Job", "Console")
			.whereLayer("Extract").mayOnlyBeAccessedByLayers("Process", "Job", "Console")
			.whereLayer("Ocr").mayOnlyBeAccessedByLayers("Extract", "Process", "Job", "Console")
			.whereLayer("Webhook").mayOnlyBeAccessedByLayers("Job", "Launch", "Console")
			.whereLayer("Document").mayOnlyBeAccessedByLayers("Ingest", "Process", "Webhook", "Job", "Launch", "Console");
		rule.check(PRODUCT);
	}

	@Test
	void theTopLevelPackagesFormNoCycle() {
		slices().matching("io.invoiceocr.(*)..").should().beFreeOfCycles().check(PRODUCT);
	}

	@Test
	void configurationDependsOnNoStage() {
		noClasses().that().resideInAPackage("io.invoiceocr.config..")
			.should().dependOnClassesThat().resideInAnyPackage("io.invoiceocr.document..", "io.invoiceocr.ocr..",
					"io.invoiceocr.extract..", "io.invoiceocr.webhook..", "io.invoiceocr.ingest..", "io.invoiceocr.process..",
					"io.invoiceocr.job..", "io.invoiceocr.launch..", "io.invoiceocr.console..")
			.check(PRODUCT);
	}

	@Test
	void onlyTheJobsAndTheirLaunchingUseSpringBatch() {
		noClasses().that().resideOutsideOfPackages("io.invoiceocr.job..", "io.invoiceocr.launch..", "io.invoiceocr.console..")
			.should().dependOnClassesThat().resideInAPackage("org.springframework.batch..")
			.because("the stages are plain services that the jobs' steps adapt to Spring Batch")
			.check(PRODUCT);
	}

	@Test
	void everyBatchAdapterIsPartOfAJob() {
		classes().that().implement(ItemReader.class)
			.or().implement(ItemProcessor.class)
			.or().implement(ItemWriter.class)
			.or().implement(Tasklet.class)
			.or().implement(Partitioner.class)
			.should().resideInAPackage("io.invoiceocr.job..")
			.check(PRODUCT);
	}

	@Test
	void theProductKnowsNothingOfTheLocalStandIns() {
		DescribedPredicate<JavaAnnotation<?>> localProfile = DescribedPredicate.describe("@Profile naming 'local'",
				annotation -> annotation.getRawType().isEquivalentTo(Profile.class)
						&& Arrays.stream((Object[]) annotation.get("value").orElse(new String[0]))
							.anyMatch(profile -> profile.toString().replace("!", "").equals("local")));
		noClasses().should().beAnnotatedWith(localProfile).check(PRODUCT);
		noMethods().should().beAnnotatedWith(localProfile).check(PRODUCT);
		noClasses().should().dependOnClassesThat().resideInAPackage("io.invoiceocr.local..").check(PRODUCT);
	}

}
