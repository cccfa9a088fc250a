import { SetMetadata } from '@nestjs/common';

export const PUBLIC_ROUTE = 'loket:public-route';

/** Marks a route (or controller) that needs no token: health, metrics, the public report form. */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);
