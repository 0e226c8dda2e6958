import torch

# 整数张量遇到 Python 浮点数：结果是 float32（不是 float64）
print((torch.arange(3) * 0.5).dtype)
#> torch.float32

# Python 的整数不会把 int32 张量变宽：结果仍是 int32
small = torch.tensor([1, 2], dtype=torch.int32)
print((small * 3).dtype)
#> torch.int32
print(torch.result_type(small, 3))
#> torch.int32
# 换成 int64 张量 torch.tensor([3])，结果才是 int64
print(torch.result_type(small, torch.tensor([3])))
#> torch.int64

# 浮点张量遇到 Python 浮点数，也保持自己的 dtype
half = torch.ones(2, dtype=torch.float16)
print((half * 2.5).dtype)
#> torch.float16
