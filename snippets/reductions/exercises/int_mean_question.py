import torch

torch.manual_seed(0)
# 两张 3 × 3 的“灰度图”，像素是 0 到 255 的整数
images = torch.randint(0, 256, (2, 3, 3))
print(images.dtype)
#> torch.int64

# 想求每张图的平均亮度：对第 1、2 两个轴同时求均值
print(images.mean(axis=(1, 2)))
#> RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long
