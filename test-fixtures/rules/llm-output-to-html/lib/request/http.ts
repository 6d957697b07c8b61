// A project's request helper: the progress callback it is given goes to axios's config.
import axios, { type AxiosProgressEvent } from "axios";

export interface HttpOption {
  url: string;
  data?: unknown;
  onDownloadProgress?: (progressEvent: AxiosProgressEvent) => void;
}

export function post({ url, data, onDownloadProgress }: HttpOption) {
  return axios.post(url, data, { onDownloadProgress });
}

export function chatProcess(params: { prompt: string; onDownloadProgress?: (event: AxiosProgressEvent) => void }) {
  return post({ url: "/chat-process", data: { prompt: params.prompt }, onDownloadProgress: params.onDownloadProgress });
}
