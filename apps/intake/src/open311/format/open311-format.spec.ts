import { toXml, XML_SHAPES } from './open311-format';
import { open311ErrorsOf } from './open311-errors.filter';

describe('Open311 XML', () => {
  it('writes a list of services as <services><service>…', () => {
    const xml = toXml(XML_SHAPES.services, [{ service_code: 'afval', service_name: 'Afval & vuil', metadata: false, keywords: null }]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?><services><service><service_code>afval</service_code>' +
        '<service_name>Afval &amp; vuil</service_name><metadata>false</metadata></service></services>',
    );
  });

  it('writes a service definition with its attributes and their values', () => {
    const xml = toXml(XML_SHAPES.serviceDefinition, {
      service_code: 'grofvuil',
      attributes: [{ variable: true, code: 'size', datatype: 'singlevaluelist', values: [{ key: 'small', name: 'Klein <1m>' }] }],
    });
    expect(xml).toBe(
      '<?xml version="1.0" encoding="utf-8"?><service_definition><service_code>grofvuil</service_code><attributes>' +
        '<attribute><variable>true</variable><code>size</code><datatype>singlevaluelist</datatype>' +
        '<values><value><key>small</key><name>Klein &lt;1m&gt;</name></value></values></attribute></attributes></service_definition>',
    );
  });

  it('writes errors as <errors><error><code/><description/></error></errors> and drops characters XML forbids', () => {
    const xml = toXml(XML_SHAPES.errors, [{ code: 403, description: 'api_key\u0001 is invalid' }]);
    expect(xml).toBe('<?xml version="1.0" encoding="utf-8"?><errors><error><code>403</code><description>api_key is invalid</description></error></errors>');
  });
});

describe('Open311 errors', () => {
  it('names each bad field as its own error', () => {
    expect(
      open311ErrorsOf({ status: 400, title: 'bad', errors: [{ field: 'lat', messages: ['lat must be a WGS84 latitude'] }, { field: 'answers.size', messages: ['required'] }] }),
    ).toEqual([
      { code: 400, description: 'lat: lat must be a WGS84 latitude' },
      { code: 400, description: 'answers.size: required' },
    ]);
  });

  it('is one error with the detail otherwise', () => {
    expect(open311ErrorsOf({ status: 403, title: 'Not allowed', detail: 'api_key is missing' })).toEqual([{ code: 403, description: 'api_key is missing' }]);
  });
});
