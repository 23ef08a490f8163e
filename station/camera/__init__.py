"""Camera frame sources (device, folder or video replay), capture worker and de-duplication of scans."""
