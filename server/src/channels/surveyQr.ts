import QRCode from 'qrcode';

/**
 * A printable QR code of `url` as SVG (qrcode): vector, so it prints sharp at
 * any size; error correction M survives a crease or a smudge on a receipt;
 * the quiet zone of four modules the standard asks for.
 */
export function surveyQrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}
