/** The feedback service's public key: intake can seal reporter details for it, and never open them. */
export abstract class SealingKey {
  kid!: string;
  publicKeyPem!: string;
}
