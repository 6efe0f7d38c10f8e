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
		List<int[]> regions = regions(probabilities, mapWidth, mapHeight).stream()
			.filter(region -> region.length >= MIN_SIZE * MIN_SIZE)
			.toList();
		List<Quad> boxes = new ArrayList<>();
		for (int[] region : regions.subList(0, Math.min(regions.size(), MAX_CANDIDATES))) {
			Quad rectangle = minimumRectangle(pixelCentres(region, mapWidth));
			if (rectangle == null || shortSide(rectangle) < MIN_SIZE) {
				continue;
			}
			if (score(probabilities, mapWidth, mapHeight, rectangle) < boxThreshold) {
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

	/** 8-connected regions above the threshold, each as its pixel indexes. */
	private List<int[]> regions(float[] map, int width, int height) {
		boolean[] seen = new boolean[map.length];
		int[] stack = new int[map.length];
		List<int[]> regions = new ArrayList<>();
		for (int start = 0; start < map.length; start++) {
			if (seen[start] || map[start] <= threshold) {
				continue;
			}
			int size = 0;
			int top = 0;
			stack[top++] = start;
			seen[start] = true;
			int[] members = new int[64];
			while (top > 0) {
				int pixel = stack[--top];
				if (size == members.length) {
					members = Arrays.copyOf(members, size * 2);
				}
				members[size++] = pixel;
				int x = pixel % width;
				int y = pixel / width;
				for (int dy = -1; dy <= 1; dy++) {
					int ny = y + dy;
					if (ny < 0 || ny >= height) {
						continue;
					}
					for (int dx = -1; dx <= 1; dx++) {
						int nx = x + dx;
						if (nx < 0 || nx >= width || (dx == 0 && dy == 0)) {
							continue;
						}
						int neighbour = ny * width + nx;
						if (!seen[neighbour] && map[neighbour] > threshold) {
							seen[neighbour] = true;
							stack[top++] = neighbour;
						}
					}
				}
			}
			regions.add(Arrays.copyOf(members, size));
		}
		return regions;
	}

	/** The outline points of a region: its pixels at the left and right end of each row suffice for a hull. */
	private static Coordinate[] pixelCentres(int[] region, int width) {
		int top = Integer.MAX_VALUE;
		int bottom = Integer.MIN_VALUE;
		for (int pixel : region) {
			top = Math.min(top, pixel / width);
			bottom = Math.max(bottom, pixel / width);
		}
		int rows = bottom - top + 1;
		int[] left = new int[rows];
		int[] right = new int[rows];
		Arrays.fill(left, Integer.MAX_VALUE);
		Arrays.fill(right, Integer.MIN_VALUE);
		for (int pixel : region) {
			int row = pixel / width - top;
			int x = pixel % width;
			left[row] = Math.min(left[row], x);
			right[row] = Math.max(right[row], x);
		}
		List<Coordinate> points = new ArrayList<>(rows * 2);
		for (int row = 0; row < rows; row++) {
			// a region is 8-connected, so every row between its top and bottom has pixels
			if (left[row] <= right[row]) {
				points.add(new Coordinate(left[row], top + row));
				points.add(new Coordinate(right[row], top + row));
			}
		}
		return points.toArray(Coordinate[]::new);
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

	/** Mean probability inside the box (PaddleOCR's "fast" box score). */
	private static float score(float[] map, int width, int height, Quad box) {
		int xMin = clamp((int) Math.floor(box.minX()), width - 1);
		int xMax = clamp((int) Math.ceil(box.maxX()), width - 1);
		int yMin = clamp((int) Math.floor(box.minY()), height - 1);
		int yMax = clamp((int) Math.ceil(box.maxY()), height - 1);
		double sum = 0;
		int count = 0;
		// the corners once, not once per pixel
		List<Point> corners = box.points();
		for (int y = yMin; y <= yMax; y++) {
			for (int x = xMin; x <= xMax; x++) {
				if (inside(corners, x, y)) {
					sum += map[y * width + x];
					count++;
				}
			}
		}
		return count == 0 ? 0 : (float) (sum / count);
	}

	/** Point in convex quad, edges included (as a filled polygon mask includes its outline). */
	private static boolean inside(List<Point> points, float x, float y) {
		boolean positive = false;
		boolean negative = false;
		for (int i = 0; i < 4; i++) {
			Point a = points.get(i);
			Point b = points.get((i + 1) % 4);
			float cross = (b.x() - a.x()) * (y - a.y()) - (b.y() - a.y()) * (x - a.x());
			positive |= cross > 0.5f;
			negative |= cross < -0.5f;
		}
		return !(positive && negative);
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

	private static int clamp(int value, int max) {
		return Math.max(0, Math.min(value, max));
	}

}
