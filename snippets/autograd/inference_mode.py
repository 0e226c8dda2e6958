import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

# 用法与 no_grad 相同，只用于推理（预测）
with torch.inference_mode():
    y = x * 2
print(y.requires_grad)
#> False
# 它得到的是“推理张量”（inference tensor）
print(y.is_inference())
#> True
