import torch

# 全是整数的数据，推断为 int64
counts = torch.tensor([1, 2, 3])
print(counts.dtype)
#> torch.int64

# 只要出现一个 Python 浮点数（这里的 1.0），整个张量就是 float32
weights = torch.tensor([1.0, 2, 3])
print(weights.dtype)
#> torch.float32
print(weights)
#> tensor([1., 2., 3.])
