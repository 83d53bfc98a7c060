/**
 * Mean luminance (0 dark - 1 bright) of RGBA pixels: Rec. 601 luma, the weighting the eye's
 * sensitivity gives red, green and blue. Fed a frame scaled down to a few hundred pixels, it costs
 * next to nothing and is all the framing guide needs to ask for more light.
 */
export function meanLuminance(rgba: ArrayLike<number>): number | undefined {
  const pixels = Math.floor(rgba.length / 4);
  if (pixels === 0) return undefined;
  let sum = 0;
  for (let i = 0; i < pixels * 4; i += 4) {
    sum += 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
  }
  return sum / pixels / 255;
}
