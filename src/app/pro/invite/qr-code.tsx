import { useEffect, useState } from 'react';

/**
 * The invitation link as a QR code the parent scans at the kitchen table. Drawn as one SVG path
 * from the `qrcode` library's module matrix (no canvas, no injected markup), with a quiet zone.
 * The library loads only here, as its own chunk.
 */
interface Drawing {
  size: number;
  path: string;
}

async function draw(text: string): Promise<Drawing> {
  const { create } = await import('qrcode');
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const parts: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    for (let column = 0; column < modules.size; column += 1) {
      if (modules.get(row, column)) parts.push(`M${column + 4} ${row + 4}h1v1h-1z`);
    }
  }
  return { size: modules.size + 8, path: parts.join('') };
}

export function QrCode({ text, label }: { text: string; label: string }) {
  const [drawing, setDrawing] = useState<Drawing | null>(null);
  useEffect(() => {
    let current = true;
    void draw(text).then((result) => current && setDrawing(result));
    return () => {
      current = false;
    };
  }, [text]);
  if (!drawing) return <div className="qr-code qr-code--loading" />;
  const { size, path } = drawing;
  return (
    <svg
      className="qr-code"
      viewBox={`0 0 ${size} ${size}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
