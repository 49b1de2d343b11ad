import { describe, expect, it } from 'vitest';
import { loadOrThrow } from '../../source/data/load.js';
import { buildLandscape } from '../../source/model/landscape.js';
import { resolveVendors, unknownVendorMessage } from '../../source/model/vendors.js';

const { vendors } = buildLandscape(loadOrThrow().dataset);

describe('resolveVendors on the bundled vendors', () => {
  it.each([
    [['databricks'], ['databricks']],
    [['Databricks,SageMaker'], ['databricks', 'sagemaker']],
    [
      ['aws', 'gcp'],
      ['sagemaker', 'vertex-ai'],
    ],
    [['mosaic'], ['databricks']],
    [
      ['google', 'vertex', 'amazon'],
      ['vertex-ai', 'sagemaker'],
    ],
    [['azure'], ['azure-ml']],
    [['azureml'], ['azure-ml']],
    [['microsoft'], ['azure-ml']],
    [['AZURE-ML', 'azure'], ['azure-ml']],
  ])('%j resolves to %j', (given, ids) => {
    expect(resolveVendors(given, vendors)).toEqual({ ok: true, ids });
  });

  it('an empty request means every vendor, in dataset order', () => {
    expect(resolveVendors([], vendors)).toEqual({
      ok: true,
      ids: ['databricks', 'vertex-ai', 'sagemaker', 'azure-ml'],
    });
  });

  it('an unknown vendor suggests the closest id and lists the known ones', () => {
    expect(resolveVendors(['sagemkr'], vendors)).toEqual({
      ok: false,
      given: 'sagemkr',
      suggestion: 'sagemaker',
      known: ['databricks', 'vertex-ai', 'sagemaker', 'azure-ml'],
    });
  });

  it('a name far from any vendor gets no suggestion', () => {
    const result = resolveVendors(['oracle'], vendors);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.suggestion).toBeUndefined();
  });
});

describe('unknownVendorMessage', () => {
  it('says what was given, the closest match when there is one, and the known ids', () => {
    const near = resolveVendors(['sagemkr'], vendors);
    const far = resolveVendors(['oracle'], vendors);
    if (near.ok || far.ok) throw new Error('expected both to be unknown');
    expect(unknownVendorMessage(near)).toEqual({
      message: 'unknown vendor "sagemkr"; did you mean "sagemaker"?',
      hint: 'known vendors: databricks, vertex-ai, sagemaker, azure-ml',
    });
    expect(unknownVendorMessage(far).message).toBe('unknown vendor "oracle"');
  });
});
