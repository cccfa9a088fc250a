/** The encryption context of a satisfaction answer's remark (`FieldCipher`). */
export function remarkContext(answerId: string): string {
  return `satisfaction:${answerId}:remark`;
}
