import { constants, createCipheriv, createDecipheriv, KeyObject, privateDecrypt, publicEncrypt, randomBytes } from 'node:crypto';
import { IsBase64, IsIn, IsString, Length } from 'class-validator';

export const SEALED_BOX_ALGORITHM = 'RSA-OAEP-256+A256GCM';

/**
 * A value encrypted for one recipient service: a fresh AES-256-GCM key encrypts the content, and the
 * recipient's RSA public key (OAEP, SHA-256) encrypts that key. Only the holder of the private key opens it.
 */
export class SealedBoxV1 {
  @IsIn([SEALED_BOX_ALGORITHM])
  alg!: typeof SEALED_BOX_ALGORITHM;

  @IsString()
  @Length(1, 64)
  kid!: string;

  @IsBase64()
  encryptedKey!: string;

  @IsBase64()
  iv!: string;

  @IsBase64()
  ciphertext!: string;

  @IsBase64()
  tag!: string;
}

/**
 * Seals `content` for the recipient. Give the key as a KeyObject parsed once (createPublicKey): a PEM text is
 * parsed again on every call.
 */
export function sealFor(recipient: { kid: string; publicKey: KeyObject | string }, content: unknown): SealedBoxV1 {
  const key = randomBytes(32);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(Buffer.from(recipient.kid));
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(content), 'utf8'), cipher.final()]);
  const encryptedKey = publicEncrypt(
    { key: recipient.publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
    key,
  );
  return {
    alg: SEALED_BOX_ALGORITHM,
    kid: recipient.kid,
    encryptedKey: encryptedKey.toString('base64'),
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/**
 * Opens a box with the private key of its `kid`; throws when the key is unknown or the box was altered. Keys as
 * KeyObjects parsed once (createPrivateKey); a PEM text is parsed again on every call.
 */
export function openSealedBox(box: SealedBoxV1, privateKeysByKid: ReadonlyMap<string, KeyObject | string>): unknown {
  const privateKey = privateKeysByKid.get(box.kid);
  if (!privateKey) throw new Error(`no private key for sealed box kid "${box.kid}"`);
  const key = privateDecrypt(
    { key: privateKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
    Buffer.from(box.encryptedKey, 'base64'),
  );
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(box.iv, 'base64'));
  decipher.setAAD(Buffer.from(box.kid));
  decipher.setAuthTag(Buffer.from(box.tag, 'base64'));
  const plain = Buffer.concat([decipher.update(Buffer.from(box.ciphertext, 'base64')), decipher.final()]);
  return JSON.parse(plain.toString('utf8'));
}
