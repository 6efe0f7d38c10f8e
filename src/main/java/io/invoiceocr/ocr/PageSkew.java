package io.invoiceocr.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The angle a page's text runs at, and positions turned back by it. A scan fed slightly askew
 * prints every row on a slope: over a wide row the drift reaches a line's height, and rows
 * grouped by their height on the page then break apart or run together. The detector's boxes
 * follow the text, so the slope of their top edges tells the skew; boxes of a short text come out
 * axis-aligned (their drift is under a pixel) and say nothing, so only tilted boxes vote, each by
 * its width, as a long box measures the angle best. A text layer's boxes are all level, which
 * leaves its pages exactly as they are.
 */
public final class PageSkew {

	/** Beyond this the page is turned, not skewed, and other steps deal with it. */
	private static final double MAX_RADIANS = Math.toRadians(10);

	/** Fewer tilted boxes than this are noise on a straight page. */
	private static final int MIN_TILTED = 3;

	private final double cos;

	private final double sin;

	private final double radians;

	private PageSkew(double radians) {
		this.radians = radians;
		this.cos = Math.cos(radians);
		this.sin = Math.sin(radians);
	}

	/** The skew of the page these lines were read on (zero when they show none). */
	public static PageSkew of(List<TextLine> lines) {
		List<double[]> votes = new ArrayList<>(); // {angle, weight}
		int wide = 0;
		for (TextLine line : lines) {
			Quad box = line.box();
			double dx = box.topRight().x() - box.topLeft().x();
			double dy = box.topRight().y() - box.topLeft().y();
			if (dx <= 2 * box.height()) {
				continue; // a short box's edge is too short to measure an angle on
			}
			wide++;
			double angle = Math.atan2(dy, dx);
			if (dy != 0 && Math.abs(angle) <= MAX_RADIANS) {
				votes.add(new double[] { angle, dx });
			}
		}
		if (votes.size() < MIN_TILTED || votes.size() * 10 < wide) {
			return new PageSkew(0);
		}
		return new PageSkew(weightedMedian(votes));
	}

	private static double weightedMedian(List<double[]> votes) {
		votes.sort(Comparator.comparingDouble(vote -> vote[0]));
		double total = votes.stream().mapToDouble(vote -> vote[1]).sum();
		double seen = 0;
		for (double[] vote : votes) {
			seen += vote[1];
			if (seen >= total / 2) {
				return vote[0];
			}
		}
		return votes.get(votes.size() - 1)[0];
	}

	/** The angle in degrees, positive when rows fall to the right (y grows down). */
	public double degrees() {
		return Math.toDegrees(radians);
	}

	/** The box turned back by the skew, so that its rows run level. */
	public Quad level(Quad box) {
		if (radians == 0) {
			return box;
		}
		return new Quad(level(box.topLeft()), level(box.topRight()), level(box.bottomRight()), level(box.bottomLeft()));
	}

	private Point level(Point point) {
		return new Point((float) (point.x() * cos + point.y() * sin), (float) (-point.x() * sin + point.y() * cos));
	}

}
