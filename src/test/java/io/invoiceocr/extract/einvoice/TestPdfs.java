package io.invoiceocr.extract.einvoice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;

/**
 * Builds one-page PDFs with files attached the ways PDF writers attach them, so that no binary
 * fixture is needed.
 */
final class TestPdfs {

	/** Where in the PDF the attachments are listed. */
	enum Placement {

		/** The embedded files name tree, entries in its root node: what most writers do. */
		NAME_TREE,

		/** The embedded files name tree, entries in a kid of the root node: what large PDFs have. */
		NAME_TREE_KIDS,

		/** Only the catalog's associated files array (PDF/A-3 /AF). */
		ASSOCIATED_FILES,

		/** Only a file attachment annotation on the page. */
		ANNOTATION

	}

	private final Map<String, byte[]> files = new LinkedHashMap<>();

	private Placement placement = Placement.NAME_TREE;

	private boolean compressed;

	private boolean declareSize = true;

	private TestPdfs() {
	}

	static TestPdfs pdf() {
		return new TestPdfs();
	}

	TestPdfs attach(String name, String content) {
		return attach(name, content.getBytes(StandardCharsets.UTF_8));
	}

	TestPdfs attach(String name, byte[] content) {
		files.put(name, content);
		return this;
	}

	TestPdfs placedIn(Placement newPlacement) {
		this.placement = newPlacement;
		return this;
	}

	/** Flate-compresses the attachments, as PDF writers usually do. */
	TestPdfs compressed() {
		this.compressed = true;
		return this;
	}

	/** Leaves out {@code /Params /Size}, which the PDF specification makes optional. */
	TestPdfs withoutDeclaredSize() {
		this.declareSize = false;
		return this;
	}

	Path writeTo(Path file) throws IOException {
		try (PDDocument document = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			document.addPage(page);
			Map<String, PDComplexFileSpecification> specs = new LinkedHashMap<>();
			for (Map.Entry<String, byte[]> entry : files.entrySet()) {
				specs.put(entry.getKey(), spec(document, entry.getKey(), entry.getValue()));
			}
			switch (placement) {
				case NAME_TREE -> nameTree(document, specs, false);
				case NAME_TREE_KIDS -> nameTree(document, specs, true);
				case ASSOCIATED_FILES -> associatedFiles(document, specs);
				case ANNOTATION -> annotations(page, specs);
			}
			document.save(file.toFile());
		}
		return file;
	}

	private PDComplexFileSpecification spec(PDDocument document, String name, byte[] content) throws IOException {
		PDEmbeddedFile file = compressed
				? new PDEmbeddedFile(document, new ByteArrayInputStream(content), COSName.FLATE_DECODE)
				: new PDEmbeddedFile(document, new ByteArrayInputStream(content));
		file.setSubtype("text/xml");
		if (declareSize) {
			file.setSize(content.length);
		}
		PDComplexFileSpecification spec = new PDComplexFileSpecification();
		spec.setFile(name);
		spec.setFileUnicode(name);
		spec.setEmbeddedFile(file);
		spec.setEmbeddedFileUnicode(file);
		return spec;
	}

	private static void nameTree(PDDocument document, Map<String, PDComplexFileSpecification> specs, boolean inKids) {
		PDEmbeddedFilesNameTreeNode root = new PDEmbeddedFilesNameTreeNode();
		if (inKids) {
			// One leaf per file, as a writer splitting a long list would: the root holds none.
			List<PDEmbeddedFilesNameTreeNode> kids = new ArrayList<>();
			specs.forEach((name, spec) -> {
				PDEmbeddedFilesNameTreeNode kid = new PDEmbeddedFilesNameTreeNode();
				kid.setNames(Map.of(name, spec));
				kids.add(kid);
			});
			root.setKids(kids);
		}
		else {
			root.setNames(specs);
		}
		PDDocumentNameDictionary names = new PDDocumentNameDictionary(document.getDocumentCatalog());
		names.setEmbeddedFiles(root);
		document.getDocumentCatalog().setNames(names);
	}

	private static void associatedFiles(PDDocument document, Map<String, PDComplexFileSpecification> specs) {
		COSArray array = new COSArray();
		specs.values().forEach(spec -> array.add(spec.getCOSObject()));
		document.getDocumentCatalog().getCOSObject().setItem(COSName.AF, array);
	}

	private static void annotations(PDPage page, Map<String, PDComplexFileSpecification> specs) {
		List<PDAnnotation> annotations = new ArrayList<>();
		float y = 700;
		for (PDComplexFileSpecification spec : specs.values()) {
			PDAnnotationFileAttachment annotation = new PDAnnotationFileAttachment();
			annotation.setFile(spec);
			annotation.setRectangle(new PDRectangle(50, y, 20, 20));
			annotations.add(annotation);
			y -= 30;
		}
		page.setAnnotations(annotations);
	}

}
