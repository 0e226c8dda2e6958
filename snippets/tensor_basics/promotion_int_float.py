import torch

counts = torch.tensor([1, 2, 3])
weights = torch.tensor([0.5, 0.5, 0.5])
print(counts.dtype, weights.dtype)
#> torch.int64 torch.float32

# 整数与浮点数逐元素相乘，结果是浮点数
product = counts * weights
print(product)
#> tensor([0.5000, 1.0000, 1.5000])
print(product.dtype)
#> torch.float32

# torch.result_type 不做计算，只回答“结果会是什么 dtype”
print(torch.result_type(counts, weights))
#> torch.float32
