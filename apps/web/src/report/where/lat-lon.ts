export interface LatLon {
  lat: number;
  lon: number;
}
