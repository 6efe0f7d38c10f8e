package io.invoiceocr.ocr.ppocr;

/** The 3x3 perspective transform mapping four points onto four others (OpenCV's getPerspectiveTransform). */
final class Homography {

	private Homography() {
	}

	/**
	 * @return the 9 coefficients (row-major, h[8] = 1) mapping each {@code from[i]} to {@code to[i]}
	 */
	static double[] mapping(double[][] from, double[][] to) {
		double[][] a = new double[8][9];
		for (int i = 0; i < 4; i++) {
			double x = from[i][0];
			double y = from[i][1];
			double u = to[i][0];
			double v = to[i][1];
			a[2 * i] = new double[] { x, y, 1, 0, 0, 0, -x * u, -y * u, u };
			a[2 * i + 1] = new double[] { 0, 0, 0, x, y, 1, -x * v, -y * v, v };
		}
		double[] solution = solve(a);
		return new double[] { solution[0], solution[1], solution[2], solution[3], solution[4], solution[5], solution[6],
				solution[7], 1 };
	}

	/** Gaussian elimination with partial pivoting on an 8x9 augmented matrix. */
	private static double[] solve(double[][] a) {
		int n = 8;
		for (int col = 0; col < n; col++) {
			int pivot = col;
			for (int row = col + 1; row < n; row++) {
				if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
					pivot = row;
				}
			}
			double[] swap = a[col];
			a[col] = a[pivot];
			a[pivot] = swap;
			double divisor = a[col][col];
			if (Math.abs(divisor) < 1e-12) {
				// degenerate quad (three points on a line): fall back to an affine-ish identity
				return new double[] { 1, 0, 0, 0, 1, 0, 0, 0 };
			}
			for (int k = col; k <= n; k++) {
				a[col][k] /= divisor;
			}
			for (int row = 0; row < n; row++) {
				if (row != col && a[row][col] != 0) {
					double factor = a[row][col];
					for (int k = col; k <= n; k++) {
						a[row][k] -= factor * a[col][k];
					}
				}
			}
		}
		double[] x = new double[n];
		for (int i = 0; i < n; i++) {
			x[i] = a[i][n];
		}
		return x;
	}

}
