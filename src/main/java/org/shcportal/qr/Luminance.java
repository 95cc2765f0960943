package org.shcportal.qr;

import java.awt.image.BufferedImage;

import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.RGBLuminanceSource;

/**
 * The grey levels of a picture, one byte a pixel, as ZXing reads them; transparency is laid over white. A smaller copy
 * averages each output pixel's area of the original (a box filter), so that thin lines and small modules are not
 * skipped as nearest-pixel sampling would.
 */
record Luminance(byte[] levels, int width, int height) {

    private static final int OPAQUE = 0xFF;
    private static final int BYTE = 0xFF;

    static Luminance of(BufferedImage image) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] argb = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < argb.length; i++) {
            argb[i] = overWhite(argb[i]);
        }
        return new Luminance(new RGBLuminanceSource(width, height, argb).getMatrix(), width, height);
    }

    /** This picture at {@code scale} (at most 1) of its size. */
    Luminance scaled(double scale) {
        if (scale >= 1) {
            return this;
        }
        int outWidth = (int) (width * scale);
        int outHeight = (int) (height * scale);
        byte[] out = new byte[outWidth * outHeight];
        for (int y = 0; y < outHeight; y++) {
            int top = (int) (y / scale);
            int bottom = Math.max(top + 1, Math.min(height, (int) ((y + 1) / scale)));
            for (int x = 0; x < outWidth; x++) {
                int left = (int) (x / scale);
                int right = Math.max(left + 1, Math.min(width, (int) ((x + 1) / scale)));
                out[y * outWidth + x] = (byte) average(left, right, top, bottom);
            }
        }
        return new Luminance(out, outWidth, outHeight);
    }

    private int average(int left, int right, int top, int bottom) {
        int sum = 0;
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                sum += levels[y * width + x] & BYTE;
            }
        }
        return sum / ((right - left) * (bottom - top));
    }

    /** The levels as ZXing's source: a grey picture is the Y plane of a YUV one. */
    LuminanceSource source() {
        return new PlanarYUVLuminanceSource(levels, width, height, 0, 0, width, height, false);
    }

    private static int overWhite(int argb) {
        int alpha = argb >>> 24;
        if (alpha == OPAQUE) {
            return argb;
        }
        int rgb = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int channel = (argb >>> shift) & 0xFF;
            rgb |= ((channel * alpha + OPAQUE * (OPAQUE - alpha)) / OPAQUE) << shift;
        }
        return rgb;
    }
}
