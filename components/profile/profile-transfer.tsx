export function ProfileTransfer() {
  return null;
}
