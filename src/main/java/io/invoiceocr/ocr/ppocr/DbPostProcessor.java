package io.invoiceocr.ocr.ppocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.invoiceocr.ocr.Point;
import io.invoiceocr.ocr.Quad;
import org.locationtech.jts.algorithm.MinimumAreaRectangle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * Turns the DB detector's probability map into text boxes, as PaddleOCR's DBPostProcess does
 * (quad boxes, "fast" score): threshold the map, take each connected region, fit its minimum-area
 * rectangle, drop small or low-scoring ones, grow the rest by {@code area * unclipRatio /
 * perimeter} (the detector predicts shrunk text kernels), fit again and scale back to the image.
 */
final class DbPostProcessor {

	private static final int MIN_SIZE = 3;

	private static final int MAX_CANDIDATES = 1000;

	private static final GeometryFactory GEOMETRY = new GeometryFactory();

	private final float threshold;

	private final float boxThreshold;

	private final float unclipRatio;

	DbPostProcessor(float threshold, float boxThreshold, float unclipRatio) {
		this.threshold = threshold;
		this.boxThreshold = boxThreshold;
		this.unclipRatio = unclipRatio;
	}

	/**
	 * @param probabilities the map, row-major, {@code mapWidth x mapHeight}
	 * @return boxes in the coordinates of the {@code imageWidth x imageHeight} image
	 */
	List<Quad> boxes(float[] probabilities, int mapWidth, int mapHeight, int imageWidth, int imageHeight) {
		// specks first out, so that on a speckled scan the cap keeps the text lower on the page
		List<int[]> regions = ProbabilityRegions.regions(probabilities, mapWidth, mapHeight, threshold).stream()
			.filter(region -> region.length >= MIN_SIZE * MIN_SIZE)
			.toList();
		List<Quad> boxes = new ArrayList<>();
		for (int[] region : regions.subList(0, Math.min(regions.size(), MAX_CANDIDATES))) {
			Quad rectangle = minimumRectangle(ProbabilityRegions.pixelCentres(region, mapWidth));
			if (rectangle == null || shortSide(rectangle) < MIN_SIZE) {
				continue;
			}
			if (BoxScore.score(probabilities, mapWidth, mapHeight, rectangle) < boxThreshold) {
				continue;
			}
			Quad grown = unclip(rectangle);
			if (grown == null || shortSide(grown) < MIN_SIZE + 2) {
				continue;
			}
			boxes.add(scale(grown, (float) imageWidth / mapWidth, (float) imageHeight / mapHeight, imageWidth,
					imageHeight));
		}
		return boxes;
	}

	private static Quad minimumRectangle(Coordinate[] points) {
		Geometry hull = GEOMETRY.createMultiPointFromCoords(points).convexHull();
		Geometry rectangle = MinimumAreaRectangle.getMinimumRectangle(hull);
		Coordinate[] corners = rectangle.getCoordinates();
		if (corners.length < 4) {
			// a line or a point: a region one pixel thick has no area
			return null;
		}
		return ordered(Arrays.copyOf(corners, 4));
	}

	/**
	 * Corners ordered as PaddleOCR's get_mini_boxes orders them: of the two leftmost, the upper is
	 * top-left; of the two rightmost, the upper is top-right.
	 */
	private static Quad ordered(Coordinate[] corners) {
		Coordinate[] byX = corners.clone();
		Arrays.sort(byX, (a, b) -> Double.compare(a.x, b.x));
		Coordinate topLeft = byX[0].y <= byX[1].y ? byX[0] : byX[1];
		Coordinate bottomLeft = byX[0].y <= byX[1].y ? byX[1] : byX[0];
		Coordinate topRight = byX[2].y <= byX[3].y ? byX[2] : byX[3];
		Coordinate bottomRight = byX[2].y <= byX[3].y ? byX[3] : byX[2];
		return new Quad(point(topLeft), point(topRight), point(bottomRight), point(bottomLeft));
	}

	private static Point point(Coordinate c) {
		return new Point((float) c.x, (float) c.y);
	}

	private static float shortSide(Quad quad) {
		return Math.min(quad.width(), quad.height());
	}

	private Quad unclip(Quad box) {
		Coordinate[] ring = box.points().stream().map(p -> new Coordinate(p.x(), p.y())).toArray(Coordinate[]::new);
		Polygon polygon = GEOMETRY.createPolygon(new Coordinate[] { ring[0], ring[1], ring[2], ring[3], ring[0] });
		double distance = polygon.getArea() * unclipRatio / polygon.getLength();
		Geometry grown = polygon.buffer(distance, 8, BufferParameters.CAP_ROUND);
		if (grown.isEmpty()) {
			return null;
		}
		return minimumRectangle(grown.getCoordinates());
	}

	private static Quad scale(Quad box, float scaleX, float scaleY, int width, int height) {
		return new Quad(scale(box.topLeft(), scaleX, scaleY, width, height),
				scale(box.topRight(), scaleX, scaleY, width, height),
				scale(box.bottomRight(), scaleX, scaleY, width, height),
				scale(box.bottomLeft(), scaleX, scaleY, width, height));
	}

	private static Point scale(Point point, float scaleX, float scaleY, int width, int height) {
		return new Point(Math.min(Math.max(Math.round(point.x() * scaleX), 0), width),
				Math.min(Math.max(Math.round(point.y() * scaleY), 0), height));
	}

}
