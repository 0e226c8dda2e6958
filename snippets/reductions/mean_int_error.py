import torch

# 没有写 dtype，arange 给出的是 int64 整数张量
B = torch.arange(20).reshape(5, 4)
print(B.dtype)
#> torch.int64

# 整数求和没有问题，结果仍是整数
print(B.sum())
#> tensor(190)

# 整数张量的均值可能不是整数，PyTorch 不替你猜结果类型，直接报错
print(B.mean())
#> RuntimeError: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long
