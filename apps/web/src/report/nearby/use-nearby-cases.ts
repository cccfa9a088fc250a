import { useQuery } from '@tanstack/react-query';
import { NearbyCase, routing } from '../../api/routing';
import { CategoryChoice } from '../taxonomy';
import { LatLon } from '../where/lat-lon';

const NONE: NearbyCase[] = [];

/** The open public cases near the pin (of the chosen main category, when there is one); none when routing cannot say. */
export function useNearbyCases(
  location: LatLon,
  choice: CategoryChoice | null,
  offered: boolean,
): NearbyCase[] {
  const nearby = useQuery({
    queryKey: ['nearby', location.lat.toFixed(4), location.lon.toFixed(4), choice?.category],
    queryFn: () => routing.nearbyCases(location.lat, location.lon, choice?.category),
    enabled: offered,
    retry: false,
  });
  return nearby.data ?? NONE;
}
