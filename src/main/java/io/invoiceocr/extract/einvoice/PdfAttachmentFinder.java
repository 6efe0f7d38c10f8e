package io.invoiceocr.extract.einvoice;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationFileAttachment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the files embedded in a PDF, from the three places a PDF can hold them: the document's
 * {@code /Names /EmbeddedFiles} name tree (where ZUGFeRD and Factur-X put the XML), the catalog's
 * {@code /AF} array of associated files (PDF/A-3, which those standards also require), and file
 * attachment annotations on the pages. A file listed in several places is listed once.
 * <p>
 * A damaged part of the structure is skipped rather than failing the search: the attachment may
 * well be reachable from another place.
 */
final class PdfAttachmentFinder {

	private static final Logger log = LoggerFactory.getLogger(PdfAttachmentFinder.class);

	// A name tree deeper than this is damaged or hostile: real ones have two or three levels.
	private static final int MAX_NAME_TREE_DEPTH = 32;

	private final PDDocument document;

	private final List<PdfAttachment> attachments = new ArrayList<>();

	// The same embedded stream is usually reachable from both the name tree and /AF.
	private final Set<COSBase> seenFiles = Collections.newSetFromMap(new IdentityHashMap<>());

	private final Set<COSBase> seenNodes = Collections.newSetFromMap(new IdentityHashMap<>());

	private PdfAttachmentFinder(PDDocument document) {
		this.document = document;
	}

	/** The embedded files: name tree first, then associated files, then page annotations. */
	static List<PdfAttachment> find(PDDocument document) {
		PdfAttachmentFinder finder = new PdfAttachmentFinder(document);
		finder.nameTree();
		finder.associatedFiles();
		finder.annotations();
		return List.copyOf(finder.attachments);
	}

	private void nameTree() {
		try {
			PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
			if (names != null && names.getEmbeddedFiles() != null) {
				walk(names.getEmbeddedFiles(), 0);
			}
		}
		catch (IOException | RuntimeException ex) {
			log.debug("The embedded files name tree could not be read", ex);
		}
	}

	/** A name tree holds its entries in leaf nodes: the root may have only kids. */
	private void walk(PDNameTreeNode<PDComplexFileSpecification> node, int depth) throws IOException {
		if (depth > MAX_NAME_TREE_DEPTH || !seenNodes.add(node.getCOSObject())) {
			log.debug("The embedded files name tree is too deep or loops back on itself; stopped at depth {}",
					depth);
			return;
		}
		Map<String, PDComplexFileSpecification> names = node.getNames();
		if (names != null) {
			names.forEach((key, spec) -> add(spec, key));
		}
		List<PDNameTreeNode<PDComplexFileSpecification>> kids = node.getKids();
		if (kids != null) {
			for (PDNameTreeNode<PDComplexFileSpecification> kid : kids) {
				walk(kid, depth + 1);
			}
		}
	}

	private void associatedFiles() {
		try {
			PDDocumentCatalog catalog = document.getDocumentCatalog();
			COSArray files = catalog.getCOSObject().getCOSArray(COSName.AF);
			if (files == null) {
				return;
			}
			for (int i = 0; i < files.size(); i++) {
				if (files.getObject(i) instanceof COSDictionary spec) {
					add(new PDComplexFileSpecification(spec), null);
				}
			}
		}
		catch (RuntimeException ex) {
			log.debug("The associated files (/AF) of the PDF could not be read", ex);
		}
	}

	private void annotations() {
		int number = 0;
		try {
			for (PDPage page : document.getPages()) {
				number++;
				annotations(page, number);
			}
		}
		catch (RuntimeException ex) {
			log.debug("The page tree of the PDF could not be read past page {}", number, ex);
		}
	}

	private void annotations(PDPage page, int number) {
		try {
			for (PDAnnotation annotation : page.getAnnotations()) {
				if (annotation instanceof PDAnnotationFileAttachment attachment
						&& attachment.getFile() instanceof PDComplexFileSpecification spec) {
					add(spec, null);
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			log.debug("The annotations of page {} could not be read", number, ex);
		}
	}

	private void add(PDComplexFileSpecification spec, String key) {
		if (spec == null) {
			return;
		}
		PDEmbeddedFile file = embeddedFile(spec);
		String name = name(spec, key);
		if (file != null && name != null && seenFiles.add(file.getCOSObject())) {
			attachments.add(new PdfAttachment(name, file));
		}
	}

	/** The unicode variant first, as PDF 1.7 recommends; the platform variants are from older PDFs. */
	private static PDEmbeddedFile embeddedFile(PDComplexFileSpecification spec) {
		PDEmbeddedFile[] variants = { spec.getEmbeddedFileUnicode(), spec.getEmbeddedFile(),
				spec.getEmbeddedFileUnix(), spec.getEmbeddedFileDos(), spec.getEmbeddedFileMac() };
		for (PDEmbeddedFile variant : variants) {
			if (variant != null) {
				return variant;
			}
		}
		return null;
	}

	private static String name(PDComplexFileSpecification spec, String key) {
		String[] candidates = { spec.getFileUnicode(), spec.getFile(), key };
		for (String candidate : candidates) {
			// A file specification may carry a path; the standards name the file only.
			String name = candidate == null ? "" : candidate.strip();
			name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
			if (!name.isEmpty()) {
				return name;
			}
		}
		return null;
	}

}
