package io.invoiceocr.ocr.ppocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;

/** The connected regions of the DB detector's probability map above a threshold, and their outlines. */
final class ProbabilityRegions {

	private ProbabilityRegions() {
	}

	/** 8-connected regions above the threshold, each as its pixel indexes. */
	static List<int[]> regions(float[] map, int width, int height, float threshold) {
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
	static Coordinate[] pixelCentres(int[] region, int width) {
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

}
